// A model file with one literal that is neither declared nor listed: the check must name it.
double toy_rate(double x) {
    const double seconds = 60.0 * x; // listed: a unit conversion
    return 0.37 * seconds + 1.0;     // 0.37: neither declared nor listed
}
