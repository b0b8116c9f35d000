#include "outputs/report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace paradiplo {
namespace {

constexpr double kWidth = 640, kHeight = 300, kLeft = 70, kRight = 150, kTop = 30, kBottom = 40;
constexpr const char* kColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                                    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

const char* colour(std::size_t i) {
    return kColours[i % std::size(kColours)];
}

/// A step of 1, 2 or 5 times a power of ten giving about five ticks over [low, high].
double tick_step(double low, double high) {
    const double raw = std::max(high - low, 1e-12) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

std::string number(double value, double step) {
    char text[32];
    if (step >= 1)
        std::snprintf(text, sizeof text, "%.0f", value);
    else
        std::snprintf(text, sizeof text, "%.*f", static_cast<int>(std::ceil(-std::log10(step))),
                      value);
    return text;
}

std::string point(double x, double y) {
    char text[48];
    std::snprintf(text, sizeof text, "%.1f,%.1f ", x, y);
    return text;
}

} // namespace

std::string escape_html(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string render_svg(const Chart& chart) {
    const std::size_t n = chart.months.size();
    // Values drawn: stacked totals, or every line and band.
    std::vector<std::vector<double>> tops;
    std::vector<double> running(n, 0.0);
    double low = chart.zero_based ? 0.0 : std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const auto& s : chart.series) {
        if (chart.stacked) {
            for (std::size_t t = 0; t < n; ++t)
                running[t] += s.values[t];
            tops.push_back(running);
        }
        const auto extend = [&](const std::vector<double>& v) {
            for (double x : v)
                if (std::isfinite(x)) {
                    low = std::min(low, x);
                    high = std::max(high, x);
                }
        };
        extend(chart.stacked ? running : s.values);
        for (const auto& b : s.bands) {
            extend(b.low);
            extend(b.high);
        }
    }
    if (!(high > low)) high = low + 1;
    const double step = tick_step(low, high);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
    const auto x_of = [&](std::size_t t) {
        return kLeft + (n > 1 ? plot_w * static_cast<double>(t) / static_cast<double>(n - 1) : 0);
    };
    const auto y_of = [&](double v) { return kTop + plot_h * (1 - (v - low) / (high - low)); };

    std::string svg = "<svg id=\"" + chart.id +
                      "\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" "
                      "height=\"300\" viewBox=\"0 0 640 300\" role=\"img\" aria-label=\"" +
                      escape_html(chart.title) + "\">\n";
    svg += "<text x=\"" + std::to_string(static_cast<int>(kLeft)) + "\" y=\"18\" class=\"title\">" +
           escape_html(chart.title) + "</text>\n";
    for (double v = low; v <= high + step / 2; v += step) { // y grid and labels
        const double y = y_of(v);
        svg += "<line class=\"grid\" x1=\"" + std::to_string(kLeft) + "\" x2=\"" +
               std::to_string(kLeft + plot_w) + "\" y1=\"" + std::to_string(y) + "\" y2=\"" +
               std::to_string(y) + "\"/>\n<text class=\"tick\" x=\"" + std::to_string(kLeft - 6) +
               "\" y=\"" + std::to_string(y + 4) + "\" text-anchor=\"end\">" + number(v, step) +
               "</text>\n";
    }
    // x ticks: each January, labelled with its year; the first month too when far from one.
    for (std::size_t t = 0; t < n; ++t)
        if (chart.months[t].month == 1 || (t == 0 && chart.months[t].month <= 9)) {
            const double x = x_of(t);
            svg += "<line class=\"grid\" x1=\"" + std::to_string(x) + "\" x2=\"" +
                   std::to_string(x) + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" +
                   std::to_string(kTop + plot_h) + "\"/>\n<text class=\"tick\" x=\"" +
                   std::to_string(x) + "\" y=\"" + std::to_string(kTop + plot_h + 16) +
                   "\" text-anchor=\"middle\">" +
                   (chart.months[t].month == 1 ? std::to_string(chart.months[t].year)
                                               : chart.months[t].to_string()) +
                   "</text>\n";
        }
    svg += "<text class=\"axis\" transform=\"translate(14," + std::to_string(kTop + plot_h / 2) +
           ") rotate(-90)\" text-anchor=\"middle\">" + escape_html(chart.y_label) + "</text>\n";

    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const Series& s = chart.series[i];
        if (chart.stacked) {
            std::string area;
            for (std::size_t t = 0; t < n; ++t)
                area += point(x_of(t), y_of(tops[i][t]));
            for (std::size_t t = n; t-- > 0;)
                area += point(x_of(t), y_of(i == 0 ? low : tops[i - 1][t]));
            svg += "<polygon class=\"area\" fill=\"" + std::string(colour(i)) +
                   "\" fill-opacity=\"0.75\" points=\"" + area + "\"/>\n";
        } else {
            for (const auto& b : s.bands) {
                std::string area;
                for (std::size_t t = 0; t < n; ++t)
                    area += point(x_of(t), y_of(b.high[t]));
                for (std::size_t t = n; t-- > 0;)
                    area += point(x_of(t), y_of(b.low[t]));
                char opacity[16];
                std::snprintf(opacity, sizeof opacity, "%.2f", b.opacity);
                svg += "<polygon class=\"band\" fill=\"" + std::string(colour(i)) +
                       "\" fill-opacity=\"" + opacity + "\" points=\"" + area + "\"/>\n";
            }
            std::string line;
            for (std::size_t t = 0; t < n; ++t)
                if (std::isfinite(s.values[t])) line += point(x_of(t), y_of(s.values[t]));
            svg += "<polyline class=\"series\" fill=\"none\" stroke=\"" + std::string(colour(i)) +
                   "\" stroke-width=\"2\"" + (s.dashed ? " stroke-dasharray=\"6 3\"" : "") +
                   " points=\"" + line + "\"/>\n";
        }
        const double ly = kTop + 14.0 * static_cast<double>(i) + 6;
        svg += "<rect x=\"" + std::to_string(kWidth - kRight + 10) + "\" y=\"" +
               std::to_string(ly - 8) + "\" width=\"10\" height=\"10\" fill=\"" +
               std::string(colour(i)) + "\"/>\n<text class=\"legend\" x=\"" +
               std::to_string(kWidth - kRight + 24) + "\" y=\"" + std::to_string(ly + 1) + "\">" +
               escape_html(s.label.size() > 22 ? s.label.substr(0, 21) + "…" : s.label) +
               "</text>\n";
    }
    return svg + "</svg>\n";
}

} // namespace paradiplo
