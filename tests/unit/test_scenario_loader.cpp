#include "engine/core/errors.hpp"
#include "engine/scenario/names.hpp"
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/toml_support.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <sys/stat.h>

using namespace paradiplo;
using namespace paradiplo::testing;

namespace {

std::vector<std::string> problems_of(const std::string& path,
                                     const std::vector<std::string>& overrides = {}) {
    try {
        load_scenario_file(path, overrides);
    } catch (const ScenarioError& error) {
        return error.problems();
    }
    return {};
}

} // namespace

TEST_CASE("the shipped baseline is valid and carries its calendar and shocks", "[scenario]") {
    const ScenarioConfig s = load_scenario_file(source_path("scenarios/baseline.toml"));
    CHECK(s.meta.name == "baseline");
    CHECK(s.time.start == YearMonth{2020, 1});
    CHECK(s.time.end == YearMonth{2026, 3});
    CHECK(s.seed == 20200315);
    CHECK(s.model.shocks.size() >= 15);
}

TEST_CASE("every declared default loads as a scenario of its own", "[scenario]") {
    const ScenarioConfig defaults = load_scenario_text("schema_version = 1\n", "<empty>");
    for (const auto& decl : parameter_declarations())
        CHECK_FALSE(decl.description.empty());
    CHECK(defaults.model.budget.cut_elasticity ==
          std::get<double>(default_value(*find_parameter("model.budget.cut_elasticity"))));
    CHECK(defaults.model.partnerships.dormancy_months ==
          std::get<std::int64_t>(
              default_value(*find_parameter("model.partnerships.dormancy_months"))));
    CHECK(defaults.model.shocks.empty());
}

TEST_CASE("errors name file, line, column, key, expectation and what was found, and all are listed",
          "[scenario]") {
    TempFolder folder;
    const auto path = folder.write("bad.toml", "schema_version = 1\nseed = 1\n"
                                               "[model.budget]\n"
                                               "cut_elastcity = 2.0\n"
                                               "cut_elasticity = 7.5\n"
                                               "[output]\n"
                                               "level = \"everything\"\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] ==
          path + ":4:1: model.budget.cut_elastcity: unknown key; did you mean cut_elasticity?");
    CHECK(problems[1] ==
          path + ":5:1: model.budget.cut_elasticity: expected a number in [0, 5], found 7.5");
    CHECK(problems[2] == path + ":7:1: output.level: expected one of \"aggregate\", "
                                "\"authorities\", \"full\", found \"everything\"");
}

TEST_CASE("rules between parameters are reported where their key was set", "[scenario]") {
    TempFolder folder;
    const auto path = folder.write("rules.toml", "schema_version = 1\n[time]\n"
                                                 "start = \"2021-01\"\n"
                                                 "end = \"2020-06\"\n"
                                                 "[model.priorities]\n"
                                                 "peer_weight = 0.0\n"
                                                 "programme_weight = 0\n"
                                                 "salience_weight = 0.0\n"
                                                 "perimeter_weight = 0.0\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == path + ":4:1: time.end: expected a last month not before the first, "
                                "found time.end = 2020-06, time.start = 2021-01");
    // Reported where the first of its keys that was set was set, with every value.
    CHECK(problems[1] == path + ":7:1: model.priorities.programme_weight: expected weights of the "
                                "target not all zero, found model.priorities.programme_weight = 0, "
                                "model.priorities.peer_weight = 0, "
                                "model.priorities.salience_weight = 0, "
                                "model.priorities.perimeter_weight = 0");
    // One weight left is enough.
    CHECK(problems_of(path, {"time.end=\"2021-01\"", "model.priorities.noise=0.1",
                             "model.priorities.perimeter_weight=0.1"})
              .empty());
    const auto from_override = problems_of(path, {"time.end=\"2021-01\""});
    REQUIRE(from_override.size() == 1);
    CHECK(from_override[0].rfind(path + ":7:1: model.priorities.programme_weight", 0) == 0);
    // The last setting of a key is where it is reported: here a --set.
    CHECK(problems_of(path, {"time.end=\"2021-01\"", "model.priorities.programme_weight=0"})
              .front()
              .rfind("--set model.priorities.programme_weight=0: ", 0) == 0);
}

TEST_CASE("every rule between parameters names declared parameters", "[scenario]") {
    REQUIRE_FALSE(parameter_checks().empty());
    for (const auto& check : parameter_checks())
        for (const auto& key : check.keys) {
            INFO(key);
            CHECK(find_parameter(key) != nullptr);
        }
}

TEST_CASE("a misspelt table and a misplaced key get suggestions", "[scenario]") {
    TempFolder folder;
    const auto path = folder.write(
        "bad.toml",
        "schema_version = 1\n[model.budjet]\ninertia = 0.5\n[model.elections]\ninertia = 0.5\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("model.budjet: unknown key; did you mean budget?") != std::string::npos);
    CHECK(problems[1].find(
              "model.elections.inertia: unknown key; did you mean model.budget.inertia?") !=
          std::string::npos);
}

TEST_CASE("syntax errors carry the position", "[scenario]") {
    TempFolder folder;
    const auto path =
        folder.write("broken.toml", "schema_version = 1\nseed = 1\n[meta\nname = \"x\"\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind(path + ":3:", 0) == 0);
    CHECK(problems[0].find("TOML syntax error") != std::string::npos);
}

TEST_CASE("extends applies the parent first and shocks merge by id", "[scenario]") {
    TempFolder folder;
    folder.write("parent.toml",
                 "schema_version = 1\nseed = 5\n[meta]\nname = \"parent\"\n"
                 "[[shock]]\nid = \"a\"\ntype = \"travel\"\nstart = \"2020-03\"\nvalue = 0.5\n"
                 "[[shock]]\nid = \"b\"\ntype = \"cost\"\nstart = \"2021-03\"\nvalue = 0.1\n");
    const auto child = folder.write(
        "child.toml", "schema_version = 1\nextends = \"parent.toml\"\n[meta]\nname = \"child\"\n"
                      "[[shock]]\nid = \"a\"\ntype = \"travel\"\nstart = \"2020-04\"\nvalue = 0.9\n"
                      "[[shock]]\nid = \"b\"\nenabled = false\n");
    const ScenarioConfig s = load_scenario_file(child);
    CHECK(s.seed == 5);
    CHECK(s.meta.name == "child");
    REQUIRE(s.model.shocks.size() == 1);
    CHECK(s.model.shocks[0].start == YearMonth{2020, 4});
    CHECK(s.model.shocks[0].value == 0.9);
}

TEST_CASE("an extends cycle is reported", "[scenario]") {
    TempFolder folder;
    folder.write("a.toml", "schema_version = 1\nextends = \"b.toml\"\n");
    const auto b = folder.write("b.toml", "schema_version = 1\nextends = \"a.toml\"\n");
    const auto problems = problems_of(b);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("cycle") != std::string::npos);
}

TEST_CASE("a chain of extended scenarios longer than 32 files is refused before it recurses",
          "[scenario]") {
    TempFolder folder;
    const auto chain = [&](int files) {
        for (int n = 1; n < files; ++n)
            folder.write("c" + std::to_string(n) + ".toml",
                         "schema_version = 1\nextends = \"c" + std::to_string(n + 1) + ".toml\"\n");
        folder.write("c" + std::to_string(files) + ".toml", "schema_version = 1\n");
        return (folder.path() / "c1.toml").string();
    };
    CHECK(problems_of(chain(32)).empty());
    const auto problems = problems_of(chain(40));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("c32.toml:2:11: extends: a chain of more than 32 files") !=
          std::string::npos);
}

TEST_CASE("TOML nested deeper than the limit or with bytes outside ASCII outside strings is "
          "refused before the TOML library reads it",
          "[scenario]") {
    // 50,000 dotted-key parts once crashed the library; arrays are counted too.
    std::string dotted = "schema_version = 1\n";
    for (int n = 0; n < 50000; ++n)
        dotted += "a.";
    dotted += "b = 1\n";
    std::string arrays = "schema_version = 1\nx = " + std::string(100, '[') + std::string(100, ']');
    for (const auto& [text, expected] :
         {std::pair{dotted, std::string("deep.toml:2:128: nested more than 64 levels deep")},
          std::pair{arrays, std::string("deep.toml:2:68: nested more than 64 levels deep")},
          std::pair{std::string("schema_version = 1\nx\xC3\xA9 = 1\n"),
                    std::string("deep.toml:2:2: a character outside ASCII outside a string")}}) {
        INFO(expected);
        try {
            load_scenario_text(text, "deep.toml");
            FAIL("accepted");
        } catch (const ScenarioError& error) {
            REQUIRE(error.problems().size() == 1);
            CHECK(error.problems()[0].substr(0, expected.size()) == expected);
        }
    }
    // What TOML allows stays allowed: non-ASCII in strings, quoted keys and comments; dots in
    // numbers, strings and multiline strings; a 64-deep key.
    std::string deepest = "x";
    for (int n = 1; n < 64; ++n)
        deepest += ".x";
    const std::string allowed = "schema_version = 1 # é\n[meta]\ntitle = \"Été. \\\" [[[\"\n"
                                "narrative = \"\"\"a.b.c\n\"é\" {{{\"\"\"\n"
                                "name = 'x.y.z'\n[model.budget]\ninertia = 0.5\n";
    CHECK(load_scenario_text(allowed, "ok.toml").meta.title == "Été. \" [[[");
    CHECK(toml_text_problem(deepest + " = 1\n", "ok.toml").empty());
    CHECK_FALSE(toml_text_problem(deepest + ".x = 1\n", "ok.toml").empty());
}

TEST_CASE("overrides given with --set get the same checks", "[scenario]") {
    const auto baseline = source_path("scenarios/baseline.toml");
    const ScenarioConfig s = load_scenario_file(
        baseline, {"model.budget.inertia=0.25", "meta.name=other", "shock.covid-travel.value=0.5"});
    CHECK(s.model.budget.inertia == 0.25);
    CHECK(s.meta.name == "other");
    const auto travel = std::find_if(s.model.shocks.begin(), s.model.shocks.end(),
                                     [](const Shock& k) { return k.id == "covid-travel"; });
    CHECK(travel->value == 0.5);
    const auto problems =
        problems_of(baseline, {"model.budget.inertia=2", "model.budget.inertai=0.5", "seed"});
    REQUIRE(problems.size() == 3);
    CHECK(
        problems[0] ==
        "--set model.budget.inertia=2: model.budget.inertia: expected a number in [0, 1], found 2");
    CHECK(
        problems[1] ==
        "--set model.budget.inertai=0.5: model.budget.inertai: unknown key; did you mean inertia?");
    CHECK(problems[2] == "--set seed: expected key.path=value");
}

TEST_CASE("shocks are validated: type, dates inside the period, value range, required fields",
          "[scenario]") {
    TempFolder folder;
    const auto path = folder.write(
        "shocks.toml",
        "schema_version = 1\n[[shock]]\nid = \"late\"\ntype = \"travel\"\nstart = "
        "\"2027-01\"\nvalue = 0.5\n"
        "[[shock]]\nid = \"big\"\ntype = \"travel\"\nstart = \"2021-01\"\nvalue = 3.0\n"
        "[[shock]]\nid = \"sahel\"\ntype = \"suspension\"\nstart = \"2021-01\"\ncountries = "
        "[\"XXX\"]\n"
        "[[shock]]\nid = \"odd\"\ntype = \"meteor\"\nstart = \"2021-01\"\nvalu = 1\n"
        "[[shock]]\nid = \"back\"\ntype = \"cost\"\nstart = \"2022-01\"\nend = \"2021-01\"\n"
        "[[shock]]\nid = \"who\"\ntype = \"arrivals\"\nstart = \"2022-03\"\nvalue = 100\n"
        "[[shock]]\nid = \"kids\"\ntype = \"arrivals\"\ncategory = \"children\"\nstart = "
        "\"2022-03\"\nvalue = 100\n"
        "[[shock]]\nid = \"misplaced\"\ntype = \"travel\"\ncategory = \"minors\"\ncountries = "
        "[\"UKR\"]\nstart = \"2022-03\"\nvalue = 0.5\n"
        "[[shock]]\nid = \"old\"\ntype = \"refugees\"\nstart = \"2022-03\"\nvalue = 0.25\n");
    const auto problems = problems_of(path);
    const auto has = [&](const std::string& text) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    CHECK(has("shock.late.start: expected a month inside the simulated period (2020-01 to "
              "2026-03), found 2027-01"));
    CHECK(has("shock.big.value: expected a number in [0, 1] for a travel shock, found 3"));
    CHECK(has("shock.sahel.countries: expected an ISO 3166 alpha-3 code"));
    CHECK(has("shock.odd.type: expected one of \"revenue\""));
    CHECK(has("shock.odd.valu: unknown shock field; did you mean value?"));
    CHECK(has("shock.who.category: missing; expected one of \"minors\", \"displaced\""));
    CHECK(has("shock.kids.category: expected one of \"minors\", \"displaced\", found "
              "\"children\""));
    CHECK(has("shock.misplaced.category: only an arrivals shock has a category"));
    CHECK(has("shock.misplaced.countries: only suspension and arrivals shocks name countries"));
    CHECK(has("refugee reception is simulated: an \"arrivals\" shock"));
    CHECK(has("shock.back.end: expected a month not before start (2022-01), found 2021-01"));
    CHECK(has(path + ":16:1: shock.sahel.countries"));
}

TEST_CASE("the resolved text reloads to the same scenario", "[scenario]") {
    const ScenarioConfig s = load_scenario_file(source_path("scenarios/baseline.toml"),
                                                {"model.budget.inertia=0.123456789012345"});
    const ScenarioConfig again = load_scenario_text(s.resolved_text, "<resolved>");
    CHECK(again.resolved_text == s.resolved_text);
    CHECK(again.model.budget.inertia == s.model.budget.inertia);
    CHECK(again.model.shocks.size() == s.model.shocks.size());
}

TEST_CASE("edit distance", "[scenario]") {
    CHECK(edit_distance("cut_elastcity", "cut_elasticity") == 1);
    CHECK(edit_distance("inertai", "inertia") == 2);
    CHECK(edit_distance("", "abc") == 3);
}

namespace {
void write_hypothesis(const TempFolder& folder, const std::string& driver, const std::string& name,
                      const std::string& body) {
    std::filesystem::create_directories(folder.path() / "hypotheses" / driver);
    folder.write(
        "hypotheses/" + driver + "/" + name + ".toml",
        "[hypothesis]\ndriver = \"" + driver + "\"\nname = \"" + name +
            "\"\ntitle = \"t\"\nrationale = \"r\"\nrationale_fr = \"r\"\nsources = [\"s\"]\n" +
            body);
}
} // namespace

TEST_CASE("drivers compose hypothesis fragments between the parent and the file's own keys",
          "[scenario]") {
    TempFolder folder;
    folder.write("parent.toml",
                 "schema_version = 1\n[model.budget]\ninertia = 0.1\ncut_elasticity = 1.1\n");
    write_hypothesis(
        folder, "fiscal", "squeeze",
        "[model.budget]\ninertia = 0.2\ncut_elasticity = 2.2\n"
        "[[shock]]\nid = \"cut\"\ntype = \"revenue\"\nstart = \"2024-01\"\nvalue = -0.05\n");
    write_hypothesis(folder, "state_support", "doubled",
                     "[model.calls.ficol]\nenvelope_eur = 1.6e7\n");
    const auto path = folder.write(
        "child.toml",
        "schema_version = 1\nextends = \"parent.toml\"\n[drivers]\nfiscal = \"squeeze\"\n"
        "state_support = \"doubled\"\n[model.budget]\ncut_elasticity = 3.3\n");
    const ScenarioConfig s = load_scenario_file(path);
    CHECK(s.model.budget.inertia == 0.2);        // the fragment over the parent
    CHECK(s.model.budget.cut_elasticity == 3.3); // the file's own key over the fragment
    CHECK(s.model.calls.calls[static_cast<std::size_t>(Call::Ficol)].envelope_eur == 1.6e7);
    REQUIRE(s.model.shocks.size() == 1);
    CHECK(s.model.shocks[0].id == "cut");
    CHECK(s.hypotheses.at("fiscal") == "squeeze");
    CHECK(s.hypotheses.at("state_support") == "doubled");
}

TEST_CASE("fragments that set the same key or shock are a conflict naming both files",
          "[scenario]") {
    TempFolder folder;
    write_hypothesis(folder, "fiscal", "squeeze", "[model.budget]\ninertia = 0.2\n");
    write_hypothesis(folder, "politics", "thrifty", "[model.budget]\ninertia = 0.3\n");
    const auto path = folder.write(
        "s.toml", "schema_version = 1\n[drivers]\nfiscal = \"squeeze\"\npolitics = \"thrifty\"\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("politics/thrifty.toml:9:1: model.budget.inertia: set by two "
                           "hypotheses: here and at") != std::string::npos);
    CHECK(problems[0].find("fiscal/squeeze.toml:9:1") != std::string::npos);
}

TEST_CASE("unknown drivers and hypotheses list what exists", "[scenario]") {
    TempFolder folder;
    write_hypothesis(folder, "fiscal", "squeeze", "");
    write_hypothesis(folder, "fiscal", "recovery", "");
    const auto path = folder.write(
        "s.toml", "schema_version = 1\n[drivers]\nfiscal = \"sqeeze\"\nweather = \"rain\"\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == path + ":3:1: drivers.fiscal: unknown hypothesis \"sqeeze\"; expected one "
                                "of \"recovery\", \"squeeze\"");
    CHECK(problems[1] == path + ":4:1: drivers.weather: unknown driver; expected one of \"fiscal\" "
                                "(folders of hypotheses/)");
}

TEST_CASE("safe names: letters, digits, '-', '_', '.', not a leading '.', at most 100", "[names]") {
    for (const char* name : {"baseline", "harsh-austerity", "lhs_2.1", "A", "x.y.z"})
        CHECK(is_safe_name(name));
    for (const char* name : {"", ".", "..", ".hidden", "../../x", "a/b", "a\\b", "a b", "a\nb",
                             "x\n#SBATCH --mem=1T", "$(rm)", "a;b", "caf\xc3\xa9", "a\"b"})
        CHECK_FALSE(is_safe_name(name));
    CHECK(is_safe_name(std::string(100, 'a')));
    CHECK_FALSE(is_safe_name(std::string(101, 'a')));
}

TEST_CASE("a suggestion never repeats what was typed", "[names]") {
    CHECK(closest_name("inertai", {"inertia", "inertai"}, 3) == "inertia");
    CHECK_FALSE(closest_name("enabled", {"enabled", "end"}, 3).has_value());
    CHECK_FALSE(closest_name("budget", {"budget"}, 3).has_value());
}

TEST_CASE("an unsafe meta.name is a validation error where it was set", "[names]") {
    TempFolder folder;
    const auto path = folder.write("s.toml", "schema_version = 1\n[meta]\nname = \"../../x\"\n");
    auto problems = problems_of(path);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          path + ":3:1: meta.name: expected " + std::string(kSafeNameForm) + ", found \"../../x\"");
    problems = problems_of(path, {"meta.name=\"a\\nb\""});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "--set meta.name=\"a\\nb\": meta.name: expected " +
                             std::string(kSafeNameForm) + ", found \"a\\nb\"");
    CHECK(problems_of(path, {"meta.name=fine"}).empty());
}

TEST_CASE("driver and hypothesis names cannot lead out of hypotheses/", "[names]") {
    TempFolder folder;
    write_hypothesis(folder, "fiscal", "squeeze", "");
    const auto path =
        folder.write("s.toml", "schema_version = 1\n[drivers]\nfiscal = \"../fiscal/squeeze\"\n"
                               "\"../fiscal\" = \"squeeze\"\n");
    const auto problems = problems_of(path);
    REQUIRE(problems.size() == 2);
    const auto has = [&](const std::string& text) {
        return std::find(problems.begin(), problems.end(), text) != problems.end();
    };
    const std::string form(kSafeNameForm.substr(2));
    CHECK(has(path + ":3:10: drivers.fiscal: expected a hypothesis " + form +
              ", found \"../fiscal/squeeze\""));
    CHECK(has(path + ":4:1: drivers.\"../fiscal\": expected a driver " + form +
              ", found \"../fiscal\""));
}

TEST_CASE("an override shock.ID.enabled=false removes the shock, as in a file", "[scenario]") {
    const auto baseline = source_path("scenarios/baseline.toml");
    const auto has_travel = [](const ScenarioConfig& s) {
        return std::any_of(s.model.shocks.begin(), s.model.shocks.end(),
                           [](const Shock& k) { return k.id == "covid-travel"; });
    };
    CHECK(has_travel(load_scenario_file(baseline, {"shock.covid-travel.enabled=true"})));
    CHECK_FALSE(has_travel(load_scenario_file(baseline, {"shock.covid-travel.enabled=false"})));
    const auto problems =
        problems_of(baseline, {"shock.covid-travel.enabled=no", "shock.covid-travel.id=x"});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "--set shock.covid-travel.enabled=no: shock.covid-travel.enabled: "
                         "expected true or false, found \"no\"");
    CHECK(problems[1].find("did you mean") == std::string::npos);
    CHECK(problems[1].find("cannot be changed") != std::string::npos);
}

TEST_CASE("an override of a table names it as a table, without echoing it as a suggestion",
          "[scenario]") {
    const auto problems =
        problems_of(source_path("scenarios/baseline.toml"), {"model.budget=3", "model=1"});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].rfind("--set model.budget=3: model.budget: a table; expected the key of one "
                            "of its parameters, e.g. model.budget.",
                            0) == 0);
    CHECK(problems[1].rfind("--set model=1: model: a table;", 0) == 0);
    for (const auto& problem : problems)
        CHECK(problem.find("did you mean") == std::string::npos);
}

TEST_CASE("what is not a scenario file is refused, named where it was named", "[scenario]") {
    TempFolder folder;
    std::filesystem::create_directory(folder.path() / "adir");
    const std::string adir = (folder.path() / "adir").string();
    CHECK(problems_of(adir) ==
          std::vector<std::string>{adir + ": cannot read the file (a folder, not a file)"});
    CHECK(problems_of("/dev/zero") ==
          std::vector<std::string>{
              "/dev/zero: cannot read the file (not a regular file (a device, FIFO or socket))"});
    const std::string fifo = (folder.path() / "fifo").string();
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(problems_of(fifo).at(0) == fifo + ": cannot read the file (not a regular file (a "
                                            "device, FIFO or socket))");
    const std::string long_name = (folder.path() / (std::string(300, 'x') + ".toml")).string();
    CHECK(problems_of(long_name) ==
          std::vector<std::string>{long_name + ": cannot read the file (File name too long)"});
    // An extends target that cannot be read is reported at the line naming it.
    const auto child = folder.write("child.toml", "schema_version = 1\nextends = \"adir\"\n");
    CHECK(problems_of(child) == std::vector<std::string>{child + ":2:11: extends: cannot read \"" +
                                                         adir + "\" (a folder, not a file)"});
    const auto orphan =
        folder.write("orphan.toml", "schema_version = 1\nextends = \"none.toml\"\n");
    CHECK(problems_of(orphan).at(0) == orphan + ":2:11: extends: cannot read \"" +
                                           (folder.path() / "none.toml").string() +
                                           "\" (no such file)");
}

TEST_CASE("a scenario file states its schema version, so an empty file is not the defaults",
          "[scenario]") {
    TempFolder folder;
    const auto empty = folder.write("empty.toml", "");
    CHECK(problems_of(empty) ==
          std::vector<std::string>{empty + ":1:1: schema_version: missing; expected "
                                           "schema_version = 1 at the top of a scenario file"});
}

TEST_CASE("two shocks with one id in a file are refused", "[scenario]") {
    TempFolder folder;
    const auto path = folder.write(
        "twice.toml",
        "schema_version = 1\n"
        "[[shock]]\nid = \"a\"\ntype = \"travel\"\nstart = \"2020-03\"\nvalue = 0.5\n"
        "[[shock]]\nid = \"a\"\ntype = \"travel\"\nstart = \"2021-03\"\nvalue = 0.5\n");
    CHECK(problems_of(path) ==
          std::vector<std::string>{path +
                                   ":7:1: shock.a: a second shock with this id in the same "
                                   "file (the first is at " +
                                   path + ":2:1); expected each id once per file"});
}

TEST_CASE("periods are bounded to what the model supports", "[scenario]") {
    const auto baseline = source_path("scenarios/baseline.toml");
    CHECK(problems_of(baseline, {"time.start=\"2019-12\""}).at(0) ==
          "--set time.start=\"2019-12\": time.start: expected a month from 2020-01 to 2050-12 (the "
          "initial world is that of January 2020), found 2019-12");
    CHECK(problems_of(baseline, {"time.end=\"2051-01\""}).at(0) ==
          "--set time.end=\"2051-01\": time.end: expected a month no later than 2050-12 (the "
          "model's horizon), found 2051-01");
}

TEST_CASE("a renamed key says what replaced it", "[scenario]") {
    CHECK(problems_of(source_path("scenarios/baseline.toml"), {"population.scale=0.1"}) ==
          std::vector<std::string>{"--set population.scale=0.1: population.scale: unknown key; it "
                                   "was replaced by population.threshold (docs/geography.md)"});
}

TEST_CASE("control characters in texts round-trip through the resolved scenario", "[scenario]") {
    const ScenarioConfig first = load_scenario_file(source_path("scenarios/baseline.toml"),
                                                    {"meta.title=\"a\\bb\\u0001c\\td\""});
    REQUIRE(first.meta.title == "a\bb\x01"
                                "c\td");
    const ScenarioConfig again = load_scenario_text(first.resolved_text, "<resolved>");
    CHECK(again.meta.title == first.meta.title);
    CHECK(again.resolved_text == first.resolved_text);
}
