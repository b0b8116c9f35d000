// Must NOT compile: a process writes a column it did not declare in Writes<>. With
// -DPARADIPLO_DECLARE_THE_COLUMN the column is declared and the same file must compile, so the
// compile-fail test cannot pass for another reason (a missing include, a typo).
#include "engine/core/process.hpp"

namespace paradiplo {

#ifdef PARADIPLO_DECLARE_THE_COLUMN
using StaffAccess = WorldAccess<Reads<&Authorities::kind>, Writes<&Authorities::staff_fte>>;
#else
using StaffAccess = WorldAccess<Reads<&Authorities::kind, &Authorities::staff_fte>, Writes<>>;
#endif

class StaffProcess final : public ProcessOf<StaffAccess> {
  public:
    [[nodiscard]] std::string_view name() const override { return "staff"; }

  private:
    void run(Access view) override { view.write<&Authorities::staff_fte>().assign(1, 2.0); }
};

} // namespace paradiplo

int main() {
    paradiplo::World world;
    paradiplo::StaffProcess{}.step(world);
}
