"""Two scenario files compared with xarray and matplotlib (Debian: python3-xarray,
python3-netcdf4, python3-matplotlib).

    paradiplo run scenarios/baseline.toml -o results/baseline.h5
    paradiplo run scenarios/austerity.toml -o results/austerity.h5
    python3 docs/examples/compare_scenarios.py results/baseline.h5 results/austerity.h5 results/compare

Writes PREFIX-indicators.png (engaged authorities, running partnerships and APD over 12 months,
both scenarios) and PREFIX-apd.png (yearly APD by part, side by side). Sweep files work too: their
runs are summarised by the median. Every name used here is listed in docs/output-format.md.
"""
import sys

import matplotlib

matplotlib.use("Agg")  # files only, no display needed
import matplotlib.pyplot as plt
import xarray as xr

first, second = sys.argv[1], sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else "compare"


def load(path):
    ds = xr.open_dataset(path)
    if int(ds.attrs.get("complete", 0)) != 1:
        sys.exit(f"{path} is not a complete Paradiplo file")
    name = ds.attrs.get("scenario_name") or ds.attrs.get("sweep_name")
    if "run" in ds.dims:  # a sweep: the median over its runs
        ds = ds.median("run")
    return name, ds


files = [load(first), load(second)]

figure, axes = plt.subplots(1, 3, figsize=(15, 4))
for name, ds in files:
    axes[0].plot(ds.time, ds.engaged_authorities, label=name)
    axes[1].plot(ds.time, ds.partnerships_active, label=name)
    # Money is a monthly flow: the 12 months to each month, in M EUR.
    axes[2].plot(ds.time, ds.apd_total.rolling(time=12).sum() / 1e6, label=name)
for axis, title, unit in zip(axes, ["Engaged authorities", "Running partnerships", "APD, 12 months to date"],
                             ["authorities", "partnerships", "M EUR"]):
    axis.set_title(title)
    axis.set_ylabel(unit)
    axis.legend()
figure.autofmt_xdate()
figure.tight_layout()
figure.savefig(f"{prefix}-indicators.png", dpi=100)

# Yearly APD by part (whole years only), one bar per scenario and year, stacked by part.
figure, axis = plt.subplots(figsize=(10, 4))
parts = ["apd_development", "apd_humanitarian", "apd_refugees"]
colours = ["tab:blue", "tab:orange", "tab:green"]
width = 0.4
for offset, (name, ds) in enumerate(files):
    months = ds.time.dt.year.to_series().value_counts()
    whole = ds.sel(time=ds.time.dt.year.isin(months[months == 12].index))
    yearly = whole[parts].groupby("time.year").sum() / 1e6
    bottom = 0
    for part, colour in zip(parts, colours):
        axis.bar(yearly.year + offset * width - width / 2, yearly[part], width, bottom=bottom, color=colour,
                 alpha=1.0 if offset == 0 else 0.55,
                 label=f"{name}: {part.removeprefix('apd_')}")
        bottom = bottom + yearly[part]
axis.set_ylabel("M EUR per year")
axis.set_title("APD by part (left bar: first file)")
axis.set_ylim(top=axis.get_ylim()[1] * 1.4)  # room for the legend above the bars
axis.legend(fontsize="small", ncol=2, loc="upper left")
figure.tight_layout()
figure.savefig(f"{prefix}-apd.png", dpi=100)
print(f"Wrote {prefix}-indicators.png and {prefix}-apd.png")
