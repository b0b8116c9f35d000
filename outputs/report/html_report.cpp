#include "outputs/report/html_report.hpp"

#include "engine/core/taxonomy.hpp"
#include "outputs/output_variables.hpp"
#include "outputs/report/svg_chart.hpp"
#include "outputs/statistics.hpp"
#include "outputs/summary_table.hpp"

#include <cmath>
#include <cstdio>
#include <map>

namespace paradiplo {
namespace {

/// The report's own words, in English and French.
struct Words {
    const char *title, *file, *sweep_of, *run_of, *provenance, *key_figures, *indicator,
        *comparison, *engaged, *partnerships, *apd12, *spending12, *apd_parts, *priorities,
        *continents, *count, *meur, *share, *relative, *median_note, *foreign_partners;
    const char* parts[3];
    const char *hosted, *reception_costs;
    const char* cost_parts[3];
    const char *projects, *cofinancing_by_call, *applying, *selected;
};
constexpr Words kEnglish{"Paradiplo report",
                         "File",
                         "sweep of %zu runs",
                         "run",
                         "Provenance",
                         "Key figures",
                         "indicator",
                         "Scenarios against the first",
                         "Engaged authorities",
                         "Running partnerships",
                         "APD, 12 months to date",
                         "International spending, 12 months to date",
                         "APD by part, 12 months to date",
                         "Mean priorities by domain",
                         "Running partnerships by partner's continent",
                         "number",
                         "M EUR",
                         "share",
                         "difference from the first file (%)",
                         "Sweeps: median line, 25-75% and 5-95% bands over runs.",
                         "Distinct foreign partners",
                         {"development", "humanitarian", "refugee reception"},
                         "People hosted, end of month",
                         "Reception costs, 12 months to date",
                         {"all hosting", "first 12 months (APD-eligible)", "declared as APD"},
                         "Calls for projects: projects, 12 months to date",
                         "Co-financing paid by call, 12 months to date",
                         "applying",
                         "selected"};
constexpr Words kFrench{"Rapport Paradiplo",
                        "Fichier",
                        "balayage de %zu simulations",
                        "simulation",
                        "Provenance",
                        "Chiffres clés",
                        "indicateur",
                        "Scénarios comparés au premier",
                        "Collectivités engagées",
                        "Partenariats actifs",
                        "APD sur 12 mois glissants",
                        "Dépenses internationales sur 12 mois glissants",
                        "APD par composante, 12 mois glissants",
                        "Priorités moyennes par domaine",
                        "Partenariats actifs par continent du partenaire",
                        "nombre",
                        "M EUR",
                        "part",
                        "écart au premier fichier (%)",
                        "Balayages : médiane, bandes 25-75 % et 5-95 % sur les simulations.",
                        "Partenaires étrangers distincts",
                        {"développement", "humanitaire", "accueil des réfugiés"},
                        "Personnes accueillies, fin de mois",
                        "Coût de l'accueil, 12 mois glissants",
                        {"tout l'accueil", "12 premiers mois (éligible à l'APD)", "déclaré en APD"},
                        "Appels à projets : projets, 12 mois glissants",
                        "Cofinancements versés par appel, 12 mois glissants",
                        "candidats",
                        "retenus"};

using Matrix = std::vector<std::vector<double>>; ///< [run][time * width]

/// Column k of a run's [time][width] values, summed over the 12 months to each month (from the
/// 12th month on), in millions when `millions`.
std::vector<double> rolling(const std::vector<double>& run, std::size_t width, std::size_t k,
                            std::size_t months, bool twelve_months, double scale) {
    std::vector<double> out;
    for (std::size_t t = twelve_months ? 11 : 0; t < months; ++t) {
        double v = 0;
        for (std::size_t u = twelve_months ? t - 11 : t; u <= t; ++u)
            v += run[u * width + k];
        out.push_back(v / scale);
    }
    return out;
}

/// Quantile q over runs, month by month.
std::vector<double> across_runs(const Matrix& series, double q) {
    std::vector<double> out, sample(series.size());
    for (std::size_t t = 0; t < series.front().size(); ++t) {
        for (std::size_t r = 0; r < series.size(); ++r)
            sample[r] = series[r][t];
        out.push_back(quantile(sample, q));
    }
    return out;
}

/// A line (median over runs) with its 25-75% and 5-95% bands when there are several runs.
Series fan(const std::string& label, const Matrix& series) {
    Series s{label, across_runs(series, 0.5), {}, false};
    if (series.size() > 1) {
        s.bands.push_back({across_runs(series, 0.05), across_runs(series, 0.95), 0.15});
        s.bands.push_back({across_runs(series, 0.25), across_runs(series, 0.75), 0.3});
    }
    return s;
}

class Report {
  public:
    Report(const std::vector<const OutputFile*>& files, const std::string& lang)
        : files_(files), fr_(lang == "fr"), w_(fr_ ? kFrench : kEnglish) {}

    std::string html() {
        std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(fr_ ? "fr" : "en") +
                          "\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">\n<title>" +
                          std::string(w_.title) + "</title>\n<style>" + style() +
                          "</style>\n</head>\n<body>\n<h1>" + w_.title + "</h1>\n<p>" +
                          w_.median_note + "</p>\n";
        for (std::size_t i = 0; i < files_.size(); ++i)
            out += section(i);
        if (files_.size() > 1) out += comparison();
        return out + "</body>\n</html>\n";
    }

  private:
    static std::string style() {
        return "body{font-family:sans-serif;margin:2em;max-width:1400px}"
               "svg.chart{margin:0.5em;border:1px solid #ddd;background:#fff}"
               ".title{font-size:14px;font-weight:bold}.tick,.legend{font-size:11px}"
               ".axis{font-size:12px}.grid{stroke:#e5e5e5}"
               "table{border-collapse:collapse;margin:1em 0}"
               "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
               "th:first-child,td:first-child{text-align:left}";
    }

    Matrix series(const OutputFile& file, const std::string& name, std::size_t width, std::size_t k,
                  bool twelve_months, double scale) const {
        Matrix out;
        for (const auto& run : file.by_run(name))
            out.push_back(rolling(run, width, k, file.months().size(), twelve_months, scale));
        return out;
    }

    std::vector<YearMonth> months_of(const OutputFile& file, bool twelve_months) const {
        // 12-month sums start at the 12th month: none in a period shorter than a year.
        const auto& m = file.months();
        return {m.begin() + static_cast<std::ptrdiff_t>(
                                std::min<std::size_t>(twelve_months ? 11 : 0, m.size())),
                m.end()};
    }

    std::string section(std::size_t i) {
        const OutputFile& f = *files_[i];
        const std::string id = "chart-" + std::to_string(i) + "-";
        char kind[64];
        std::snprintf(kind, sizeof kind, f.is_sweep() ? w_.sweep_of : w_.run_of, f.runs());
        std::string out = "<section>\n<h2>" + escape_html(f.label()) + " (" + kind + ")</h2>\n";
        out += provenance(f) + key_figures(f);
        const auto line_chart = [&](const std::string& suffix, const std::string& title,
                                    const std::string& variable, bool money) {
            Chart c{id + suffix, title, money ? w_.meur : w_.count, months_of(f, money), {}};
            c.series.push_back(fan(f.label(), series(f, variable, 1, 0, money, money ? 1e6 : 1)));
            return render_svg(c);
        };
        out += line_chart("engaged", w_.engaged, "engaged_authorities", false);
        out += line_chart("partnerships", w_.partnerships, "partnerships_active", false);
        out += line_chart("apd", w_.apd12, "apd_total", true);
        out += line_chart("spending", w_.spending12, "international_spending", true);

        Chart parts{id + "apd-parts", w_.apd_parts, w_.meur, months_of(f, true), {}, true};
        const char* part_variables[] = {"apd_development", "apd_humanitarian", "apd_refugees"};
        for (int k = 0; k < 3; ++k)
            parts.series.push_back(
                {w_.parts[k], across_runs(series(f, part_variables[k], 1, 0, true, 1e6), 0.5), {}});
        out += render_svg(parts);

        // Files written before reception was simulated have none of its variables.
        if (f.has("hosted_minors")) out += reception_charts(f, id);
        if (f.has("call_selected")) out += call_charts(f, id);

        Chart priorities{id + "priorities", w_.priorities, w_.share, months_of(f, false), {}};
        for (int d = 0; d < kDomainCount; ++d)
            priorities.series.push_back(
                {std::string(fr_ ? kDomainLabels[d].french : kDomainLabels[d].english),
                 across_runs(series(f, "priority_mean", kDomainCount, static_cast<std::size_t>(d),
                                    false, 1),
                             0.5),
                 {}});
        out += render_svg(priorities);

        Chart continents{id + "continents", w_.continents, w_.count, months_of(f, false), {}, true};
        for (int k = 0; k < kContinentCount; ++k)
            continents.series.push_back(
                {std::string(fr_ ? kContinentLabels[k].french : kContinentLabels[k].english),
                 across_runs(series(f, "partnerships_by_continent", kContinentCount,
                                    static_cast<std::size_t>(k), false, 1),
                             0.5),
                 {}});
        out += render_svg(continents);
        return out + "</section>\n";
    }

    /// People hosted by category, and reception costs: all, APD-eligible and declared.
    std::string reception_charts(const OutputFile& f, const std::string& id) {
        Chart hosted{id + "hosted", w_.hosted, w_.count, months_of(f, false), {}, true};
        for (int c = 0; c < kReceptionCategoryCount; ++c) {
            const Label& label = kReceptionCategoryLabels[static_cast<std::size_t>(c)];
            hosted.series.push_back(
                {std::string(fr_ ? label.french : label.english),
                 across_runs(series(f, "hosted_" + std::string(label.key), 1, 0, false, 1), 0.5),
                 {}});
        }
        Chart costs{id + "reception", w_.reception_costs, w_.meur, months_of(f, true), {}};
        const char* cost_variables[] = {"reception_cost", "reception_cost_eligible",
                                        "apd_refugees"};
        for (int k = 0; k < 3; ++k)
            costs.series.push_back({w_.cost_parts[k],
                                    across_runs(series(f, cost_variables[k], 1, 0, true, 1e6), 0.5),
                                    {}});
        return render_svg(hosted) + render_svg(costs);
    }

    /// Projects applying to and selected by each call, and the co-financing each call paid.
    std::string call_charts(const OutputFile& f, const std::string& id) {
        Chart projects{id + "calls", w_.projects, w_.count, months_of(f, true), {}};
        Chart paid{
            id + "cofinancing", w_.cofinancing_by_call, w_.meur, months_of(f, true), {}, true};
        for (int c = 0; c < kCallCount; ++c) {
            const auto k = static_cast<std::size_t>(c);
            const std::string call(kCallLabels[k].key);
            for (const auto& [variable, word] :
                 {std::pair{"call_applications", w_.applying}, {"call_selected", w_.selected}})
                projects.series.push_back(
                    {call + " " + word,
                     across_runs(series(f, variable, kCallCount, k, true, 1), 0.5),
                     {}});
            paid.series.push_back(
                {call,
                 across_runs(series(f, "cofinancing_by_call", kCallCount, k, true, 1e6), 0.5),
                 {}});
        }
        return render_svg(projects) + render_svg(paid);
    }

    std::string provenance(const OutputFile& f) const {
        std::string out =
            "<h3>" + std::string(w_.provenance) + "</h3>\n<table class=\"provenance\">\n";
        out += "<tr><td>" + std::string(w_.file) + "</td><td>" + escape_html(f.path()) +
               "</td></tr>\n";
        for (const char* name :
             {"scenario_name", "sweep_name", "seed", "sweep_runs", "paradiplo_version",
              "git_revision", "build_type", "start_time", "wall_time_seconds", "threads", "host"})
            if (const auto value = f.reader().attribute_text(name))
                out += "<tr><td>" + std::string(name) + "</td><td>" + escape_html(*value) +
                       "</td></tr>\n";
        return out + "</table>\n";
    }

    std::string key_figures(const OutputFile& f) const {
        const auto months = default_summary_months();
        std::string out = "<h3>" + std::string(w_.key_figures) +
                          "</h3>\n<table class=\"key-figures\">\n<tr><th>" + w_.indicator + "</th>";
        std::vector<std::size_t> steps;
        for (const auto& m : months)
            for (std::size_t t = 0; t < f.months().size(); ++t)
                if (f.months()[t] == m) {
                    steps.push_back(t);
                    out += "<th>" + m.to_string() + "</th>";
                }
        out += "</tr>\n";
        const std::pair<const char*, const char*> rows[] = {
            {"engaged_authorities", w_.engaged},
            {"partnerships_active", w_.partnerships},
            {"foreign_partners", w_.foreign_partners},
            {"apd_total", w_.apd12},
            {"international_spending", w_.spending12}};
        for (const auto& [name, label] : rows) {
            const bool money =
                std::string(name) == "apd_total" || std::string(name) == "international_spending";
            const Matrix m = series(f, name, 1, 0, money, money ? 1e6 : 1);
            const std::vector<double> median = across_runs(m, 0.5);
            out += "<tr><td>" + escape_html(label) + (money ? " (M EUR)" : "") + "</td>";
            for (std::size_t t : steps) {
                char cell[32];
                const std::size_t index = money ? t - 11 : t;
                if (money && t < 11)
                    std::snprintf(cell, sizeof cell, "-");
                else
                    std::snprintf(cell, sizeof cell, money ? "%.1f" : "%.0f", median[index]);
                out += std::string("<td>") + cell + "</td>";
            }
            out += "</tr>\n";
        }
        return out + "</table>\n";
    }

    std::string comparison() const {
        std::string out = "<section>\n<h2>" + std::string(w_.comparison) + "</h2>\n";
        const OutputFile& first = *files_.front();
        struct Panel {
            const char *suffix, *variable, *title;
            bool money;
        };
        for (const Panel& p : {Panel{"engaged", "engaged_authorities", w_.engaged, false},
                               Panel{"partnerships", "partnerships_active", w_.partnerships, false},
                               Panel{"apd", "apd_total", w_.apd12, true},
                               Panel{"spending", "international_spending", w_.spending12, true}}) {
            Chart levels{std::string("chart-compare-") + p.suffix,
                         p.title,
                         p.money ? w_.meur : w_.count,
                         months_of(first, p.money),
                         {}};
            Chart relative{std::string("chart-compare-") + p.suffix + "-relative",
                           std::string(p.title) + ": " + w_.relative,
                           "%",
                           months_of(first, p.money),
                           {},
                           false,
                           false};
            const auto reference =
                across_runs(series(first, p.variable, 1, 0, p.money, p.money ? 1e6 : 1), 0.5);
            for (const OutputFile* f : files_) {
                Series s =
                    fan(f->label(), series(*f, p.variable, 1, 0, p.money, p.money ? 1e6 : 1));
                s.dashed = f == &first;
                s.values.resize(reference.size(), NAN);
                for (auto& b : s.bands) {
                    b.low.resize(reference.size(), NAN);
                    b.high.resize(reference.size(), NAN);
                }
                Series r{f->label(), {}, {}, f == &first};
                for (std::size_t t = 0; t < reference.size(); ++t)
                    r.values.push_back(
                        reference[t] != 0 ? 100.0 * (s.values[t] / reference[t] - 1.0) : NAN);
                levels.series.push_back(std::move(s));
                relative.series.push_back(std::move(r));
            }
            out += render_svg(levels) + render_svg(relative);
        }
        return out + "</section>\n";
    }

    const std::vector<const OutputFile*>& files_;
    bool fr_;
    const Words& w_;
};

} // namespace

std::string html_report(const std::vector<const OutputFile*>& files, const std::string& lang) {
    return Report(files, lang).html();
}

} // namespace paradiplo
