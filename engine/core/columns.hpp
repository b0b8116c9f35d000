#pragma once
// Each table of the World lists its columns once (`static constexpr auto columns()`): resizing,
// appending rows, outputs and tests enumerate that list instead of naming every column again.
#include <Eigen/Core>

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace paradiplo {

/// A column resized with the element type's default value (zero, empty).
struct DefaultFill {};

/// One column of `Table`: the member, its name and the value new rows get.
template <class Table, class Values, class Fill = DefaultFill> struct Column {
    Values Table::*member;
    std::string_view name;
    Fill fill{};
};

template <class Table, class Values>
constexpr Column<Table, Values> column(Values Table::*member, std::string_view name) {
    return {member, name, {}};
}

template <class Table, class Values, class Fill>
constexpr Column<Table, Values, Fill> column(Values Table::*member, std::string_view name,
                                             Fill fill) {
    return {member, name, fill};
}

/// Calls `f(values, column)` for every column of `table`, in the order of `Table::columns()`.
template <class Table, class F> void for_each_column(Table& table, F&& f) {
    std::apply([&](const auto&... columns) { (f(table.*columns.member, columns), ...); },
               std::remove_const_t<Table>::columns());
}

/// Rows of a column: vectors and Eigen matrices (one row per agent) alike.
template <class Values> std::size_t column_rows(const Values& values) {
    if constexpr (requires { values.rows(); })
        return static_cast<std::size_t>(values.rows());
    else
        return values.size();
}

/// Sizes every column of `table` to `rows`: new rows get the column's fill value; matrices
/// (authorities x domains) are zeroed.
template <class Table> void resize_columns(Table& table, std::size_t rows) {
    for_each_column(table, [rows](auto& values, const auto& column) {
        using Fill = std::remove_cvref_t<decltype(column.fill)>;
        if constexpr (requires { values.setZero(Eigen::Index{}, Eigen::Index{}); })
            values.setZero(static_cast<Eigen::Index>(rows), values.ColsAtCompileTime);
        else if constexpr (std::is_same_v<Fill, DefaultFill>)
            values.resize(rows);
        else
            values.resize(rows, column.fill);
    });
}

namespace column_detail {

/// Converts to anything: `T{AnyField{}, ...}` compiles while there are no more initialisers than
/// members. Every member here is a vector, matrix or value, so no brace elision splits one member.
struct AnyField {
    template <class T> operator T() const; // NOLINT: implicit by design, never defined
};

template <class T, std::size_t... I> constexpr bool brace_constructible(std::index_sequence<I...>) {
    return requires {
        T{((void)I, AnyField{})...};
    };
}

} // namespace column_detail

/// Number of data members of the aggregate `T`, counted by the compiler.
template <class T, std::size_t N = 0> constexpr std::size_t member_count() {
    if constexpr (!column_detail::brace_constructible<T>(std::make_index_sequence<N + 1>{}))
        return N;
    else
        return member_count<T, N + 1>();
}

/// True when `T::columns()` has one entry per data member. With distinct entries (checked by the
/// unit tests) this means every member is listed: a new member breaks the build until it is.
template <class T> constexpr bool lists_every_member() {
    return std::tuple_size_v<decltype(T::columns())> == member_count<T>();
}

} // namespace paradiplo
