# A first look at a Paradiplo run or sweep file from R with ncdf4 (Debian: r-base-core,
# r-cran-ncdf4).
#
#     Rscript docs/examples/first_look.R results/baseline.h5 results/baseline-apd.png
#
# Prints yearly APD (M EUR) and writes a chart of it. Every name used here is listed in
# docs/output-format.md.
library(ncdf4)

args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "results/baseline.h5"
image <- if (length(args) >= 2) args[2] else "apd.png"

nc <- nc_open(path)
if (ncatt_get(nc, 0, "complete")$value != 1) stop(paste(path, "is not a complete Paradiplo file"))
origin <- as.Date(sub("days since ([0-9-]+).*", "\\1", ncatt_get(nc, "time", "units")$value))
months <- origin + ncvar_get(nc, "time")
apd <- ncvar_get(nc, "apd_total")                     # (time) or, in a sweep, (time, run)
if (is.matrix(apd)) apd <- apply(apd, 1, median)      # a sweep: the median over runs
nc_close(nc)

years <- format(months, "%Y")
complete <- names(which(table(years) == 12))
yearly <- tapply(apd, years, sum)[complete] / 1e6
print(round(yearly, 1))

png(image, width = 800, height = 400)
barplot(yearly, ylab = "M EUR per year", main = "APD declared by French local authorities")
invisible(dev.off())
cat("Wrote", image, "\n")
