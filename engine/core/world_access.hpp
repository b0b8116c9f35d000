#pragma once
// A process's view of the World: the columns it declared it reads and writes, nothing else.
//
//     using BudgetAccess = WorldAccess<Reads<&Authorities::kind, &Context::cost_index>,
//                                      Writes<&Authorities::international_budget_eur>>;
//     view.read<&Authorities::kind>()                     // const, declared in Reads or Writes
//     view.write<&Authorities::international_budget_eur>() // mutable, declared in Writes only
//
// A column is a data member of a World table (Authorities, Partnerships, Partners, Countries,
// Context, PartnershipIndex) or of World itself (&World::peer_influence, &World::indicators).
// A process that adds rows declares the table in Appends<> (`view.append<&World::partnerships>()`
// adds rows, never rewrites one); a whole table cannot be written. Using an undeclared column does
// not compile. The run's identity (seed, step, month, calendar) is always readable.
#include "engine/core/world.hpp"

#include <type_traits>
#include <utility>

namespace paradiplo {

template <auto... Columns> struct Reads {};
template <auto... Columns> struct Writes {};
/// Whole tables a process adds rows to (`&World::partnerships`): it may append, not rewrite rows.
template <auto... Tables> struct Appends {};

/// Adds rows to one table; existing rows stay out of reach.
template <class Table> class RowAppender {
  public:
    explicit RowAppender(Table& table) : table_(&table) {}
    template <class... Row> auto add(Row&&... row) const {
        return table_->add(std::forward<Row>(row)...);
    }
    [[nodiscard]] const Table& table() const { return *table_; }

  private:
    Table* table_;
};

namespace access_detail {

template <auto Member> struct Tag {};
/// Whether `Member` is one of `Declared` (same member pointer, so same table and column).
template <auto Member, auto... Declared>
inline constexpr bool is_declared = (std::is_same_v<Tag<Member>, Tag<Declared>> || ...);

template <class MemberPointer> struct TableOf;
template <class Table, class Values> struct TableOf<Values Table::*> { using type = Table; };

template <class> inline constexpr bool kAlwaysFalse = false;

/// The World's tables as a whole: written column by column, or appended to through Appends<>.
template <auto Member>
inline constexpr bool is_whole_table =
    is_declared<Member, &World::authorities, &World::countries, &World::partners,
                &World::partnerships, &World::by_authority, &World::context>;

/// The table of `world` whose members have class `Table` (World is the table of its own fields).
template <class Table, class W> auto& table_in(W& world) {
    if constexpr (std::is_same_v<Table, World>)
        return world;
    else if constexpr (std::is_same_v<Table, Authorities>)
        return world.authorities;
    else if constexpr (std::is_same_v<Table, Countries>)
        return world.countries;
    else if constexpr (std::is_same_v<Table, Partners>)
        return world.partners;
    else if constexpr (std::is_same_v<Table, Partnerships>)
        return world.partnerships;
    else if constexpr (std::is_same_v<Table, PartnershipIndex>)
        return world.by_authority;
    else if constexpr (std::is_same_v<Table, Context>)
        return world.context;
    else
        static_assert(kAlwaysFalse<Table>, "this member pointer is not a column of the World");
}

} // namespace access_detail

template <class ReadList, class WriteList, class AppendList = Appends<>> class WorldAccess;

template <auto... Read, auto... Write, auto... Append>
class WorldAccess<Reads<Read...>, Writes<Write...>, Appends<Append...>> {
    /// A view that writes nothing can be made from a const World.
    using WorldRef =
        std::conditional_t<sizeof...(Write) + sizeof...(Append) == 0, const World, World>;

  public:
    template <auto Column>
    static constexpr bool can_read = access_detail::is_declared<Column, Read..., Write...>;
    template <auto Column>
    static constexpr bool can_write = access_detail::is_declared<Column, Write...>;
    template <auto Table>
    static constexpr bool can_append = access_detail::is_declared<Table, Append...>;

    explicit WorldAccess(WorldRef& world) : world_(&world) {}

    /// A narrower view, for a helper that declares less than its caller.
    template <class OtherReads, class OtherWrites, class OtherAppends>
    WorldAccess(const WorldAccess<OtherReads, OtherWrites, OtherAppends>& wider)
        : world_(wider.world_) {
        using Wider = WorldAccess<OtherReads, OtherWrites, OtherAppends>;
        static_assert((Wider::template can_read<Read> && ...),
                      "the caller's view does not declare a column this view reads");
        static_assert((Wider::template can_write<Write> && ...),
                      "the caller's view does not declare a column this view writes");
        static_assert((Wider::template can_append<Append> && ...),
                      "the caller's view does not declare a table this view appends to");
    }

    template <auto Column> [[nodiscard]] const auto& read() const {
        static_assert(can_read<Column>,
                      "the process reads a column it did not declare in Reads<> or Writes<>");
        return access_detail::table_in<Table<Column>>(*world_).*Column;
    }

    template <auto Column> [[nodiscard]] auto& write() const {
        static_assert(can_write<Column>,
                      "the process writes a column it did not declare in Writes<>");
        static_assert(!access_detail::is_whole_table<Column>,
                      "declare the columns written, or Appends<> to add rows, not a whole table");
        return access_detail::table_in<Table<Column>>(*world_).*Column;
    }

    template <auto WholeTable> [[nodiscard]] auto append() const {
        static_assert(can_append<WholeTable>,
                      "the process adds rows to a table it did not declare in Appends<>");
        return RowAppender(world_->*WholeTable);
    }

    [[nodiscard]] std::uint64_t seed() const { return world_->seed; }
    [[nodiscard]] int step() const { return world_->step; }
    [[nodiscard]] YearMonth month() const { return world_->context.month; }
    [[nodiscard]] const Calendar& calendar() const { return world_->calendar; }

  private:
    template <auto Column> using Table = typename access_detail::TableOf<decltype(Column)>::type;
    template <class, class, class> friend class WorldAccess;
    WorldRef* world_;
};

} // namespace paradiplo
