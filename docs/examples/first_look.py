"""A first look at a Paradiplo run with xarray (Debian: python3-xarray, python3-netcdf4).

    python3 docs/examples/first_look.py results/baseline.h5

Prints the national indicators by year, APD by kind of authority, Paris' place, and the scenario
that was run. Every name used here is listed in docs/output-format.md.
"""
import sys

import xarray as xr

path = sys.argv[1] if len(sys.argv) > 1 else "results/baseline.h5"
ds = xr.open_dataset(path)
if int(ds.attrs.get("complete", 0)) != 1:
    sys.exit(f"{path} is not a complete Paradiplo file")

# Whole years only: stocks as the mean over the year, money (monthly flows) as the sum, in M EUR.
months_per_year = ds.time.dt.year.to_series().value_counts()
years = ds.sel(time=ds.time.dt.year.isin(months_per_year[months_per_year == 12].index))
stocks = years[["engaged_authorities", "partnerships_active", "foreign_partners"]].groupby("time.year").mean()
money = years[["apd_total", "apd_development", "apd_humanitarian", "apd_refugees", "international_spending"]]
money = money.groupby("time.year").sum() / 1e6
print(xr.merge([stocks, money]).to_dataframe().round(1).to_string())

print("\nAPD by kind of authority, 2021 (M EUR):")
apd_2021 = ds.apd_by_kind.sel(time=slice("2021-01-01", "2021-12-31")).sum("time") / 1e6
for kind, value in zip(ds.authority_kind_label.values, apd_2021.values):
    print(f"  {kind:<28} {value:8.1f}")

if "authority_apd" in ds:
    paris = (ds.authority_id == "75056").values.argmax()  # the Ville de Paris (docs/geography.md)
    share = float(ds.authority_apd.isel(authority=paris).sum() / ds.apd_total.sum())
    print(f"\nParis: {share:.1%} of all APD over the run")

print(f"\nScenario {ds.attrs['scenario_name']!r}, seed {int(ds.attrs['seed'])}, "
      f"git {ds.attrs['git_revision']}; resolved text: ds.attrs['scenario']")
