"""Fan charts from a Paradiplo sweep file with xarray and matplotlib (Debian: python3-xarray,
python3-netcdf4, python3-matplotlib).

    paradiplo sweep scenarios/sweeps/futures.toml -o results/futures.h5
    python3 docs/examples/fan_chart.py results/futures.h5 results/futures-apd.png

One panel per design point (for the futures sweep: one per scenario): the median of the
replicates as a line, the 25-75% and 5-95% ranges as bands, for yearly APD and for running
partnerships. Every name used here is listed in docs/output-format.md.
"""
import sys

import matplotlib

matplotlib.use("Agg")  # files only, no display needed
import matplotlib.pyplot as plt
import xarray as xr

path = sys.argv[1] if len(sys.argv) > 1 else "results/futures.h5"
image = sys.argv[2] if len(sys.argv) > 2 else "fan_chart.png"
ds = xr.open_dataset(path)
if int(ds.attrs.get("complete", 0)) != 1 or "point" not in ds.dims:
    sys.exit(f"{path} is not a complete Paradiplo sweep file")

# Money is a monthly flow: a year's APD is the sum of its months, in M EUR (whole years only).
# Quantiles of a sum are not sums of quantiles, so yearly quantiles are computed from the runs.
months = ds.time.dt.year.to_series().value_counts()
whole_years = ds.apd_total.sel(time=ds.time.dt.year.isin(months[months == 12].index))
runs_by_year = (whole_years.groupby("time.year").sum() / 1e6).groupby(ds.run_point)
apd = runs_by_year.quantile([0.05, 0.25, 0.5, 0.75, 0.95], dim="run")
# Stocks take the stored monthly quantiles as they are.
partnerships = ds.partnerships_active_quantiles

points = ds.sizes["point"]
shown = min(points, 6)
figure, axes = plt.subplots(2, shown, figsize=(3.2 * shown, 6), sharey="row", squeeze=False)
for p in range(shown):
    label = str(ds.point_scenario.values[p])
    if points > len(set(ds.point_scenario.values)):  # several points per scenario
        label += f" (point {p})"
    for row, (data, x, ylabel) in enumerate([
            (apd.sel(run_point=p), apd.year, "APD (M EUR per year)"),
            (partnerships.isel(point=p), ds.time, "running partnerships")]):
        axis = axes[row][p]
        q = data.transpose("quantile", ...).values  # (quantile, time or year)
        axis.fill_between(x, q[0], q[4], alpha=0.2, color="tab:blue", label="5-95%")
        axis.fill_between(x, q[1], q[3], alpha=0.4, color="tab:blue", label="25-75%")
        axis.plot(x, q[2], color="tab:blue", label="median")
        axis.set_title(label if row == 0 else "")
        if p == 0:
            axis.set_ylabel(ylabel)
axes[0][0].legend(loc="lower left", fontsize="small")
figure.suptitle(f"{ds.attrs['sweep_name']}: {ds.sizes['run']} runs, "
                f"{int(ds.replicate.max()) + 1} replicates per point")
figure.autofmt_xdate()
figure.tight_layout()
figure.savefig(image, dpi=100)
print(f"Wrote {image}")
