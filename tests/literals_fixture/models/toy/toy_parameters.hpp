// Declarations are skipped: this default is a declared parameter's.
struct ToyParameters {
    double rate = 0.25;
};
