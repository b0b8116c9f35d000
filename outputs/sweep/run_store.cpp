#include "outputs/sweep/run_store.hpp"

#include "engine/core/errors.hpp"
#include "engine/sweep/sweep_plan.hpp"

#include <array>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/file.h>
#include <unistd.h>
#include <zlib.h>

namespace paradiplo {
namespace {

namespace fs = std::filesystem;

constexpr std::array<char, 8> kMagic{'P', 'D', 'S', 'W', 'R', 'U', 'N', '2'};
constexpr const char* kFingerprintFile = "fingerprint";

struct RecordHeader {
    std::array<char, 8> magic;
    std::uint64_t fingerprint, run, count;
    std::uint64_t checksum; ///< CRC-32 of the header (with checksum 0) and the values; 64 bits
                            ///< keep the header free of padding
};

std::uint64_t checksum_of(RecordHeader header, std::span<const double> values) {
    header.checksum = 0;
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(&header), sizeof header);
    return crc32_z(crc, reinterpret_cast<const Bytef*>(values.data()), values.size_bytes());
}

} // namespace

RunStore::RunStore(std::string folder, std::uint64_t fingerprint, bool resume, bool owner)
    : folder_(std::move(folder)), fingerprint_(fingerprint) {
    const fs::path marker = fs::path(folder_) / kFingerprintFile;
    fs::create_directories(folder_);
    const bool existed = fs::exists(marker);
    if (owner) lock();
    try {
        if (existed) {
            if (!resume)
                throw InputError(folder_ + " holds an interrupted sweep: rerun with --resume to "
                                           "continue it, or remove the folder to start again");
            std::ifstream in(marker);
            std::string found;
            in >> found;
            if (found != fingerprint_text(fingerprint_))
                throw InputError(folder_ + " holds runs of a different sweep (fingerprint " +
                                 (found.empty() ? "missing" : found) + ", expected " +
                                 fingerprint_text(fingerprint_) +
                                 "): the sweep, a scenario or the engine changed; remove the "
                                 "folder to start again");
        } else {
            const std::string temporary = marker.string() + ".tmp";
            std::ofstream(temporary) << fingerprint_text(fingerprint_) << "\n";
            fs::rename(temporary, marker);
        }
    } catch (...) {
        if (lock_ >= 0) ::close(lock_);
        throw;
    }
}

void RunStore::lock() {
    const std::string path = (fs::path(folder_) / "lock").string();
    lock_ = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
    if (lock_ < 0) throw IoError("cannot create " + path);
    if (::flock(lock_, LOCK_EX | LOCK_NB) != 0) {
        ::close(lock_);
        lock_ = -1;
        throw InputError(folder_ + " is in use by another paradiplo sweep writing the same "
                                   "output: wait for it to end, or choose another -o");
    }
}

RunStore::~RunStore() {
    if (lock_ >= 0) ::close(lock_); // releases the lock
}

std::string RunStore::record_path(std::size_t run) const {
    char name[32];
    std::snprintf(name, sizeof name, "run-%09zu.bin", run);
    return (fs::path(folder_) / name).string();
}

bool RunStore::contains(std::size_t run) const {
    std::string problem;
    return read(run, problem).has_value();
}

void RunStore::put(std::size_t run, std::span<const double> values) const {
    const std::string path = record_path(run);
    const std::string temporary = path + ".tmp";
    RecordHeader header{kMagic, fingerprint_, run, values.size(), 0};
    header.checksum = checksum_of(header, values);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        out.write(reinterpret_cast<const char*>(values.data()),
                  static_cast<std::streamsize>(values.size_bytes()));
        if (!out) throw IoError("cannot write " + temporary);
    }
    fs::rename(temporary, path);
}

std::vector<double> RunStore::get(std::size_t run) const {
    std::string problem;
    auto values = read(run, problem);
    if (!values)
        throw IoError(record_path(run) + ": " + problem +
                      "; rerun the sweep with --resume to compute this run again");
    return *std::move(values);
}

std::optional<std::vector<double>> RunStore::read(std::size_t run, std::string& problem) const {
    std::ifstream in(record_path(run), std::ios::binary);
    if (!in) {
        problem = "no record of run " + std::to_string(run);
        return std::nullopt;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    RecordHeader header{};
    if (bytes.size() >= sizeof header) std::memcpy(&header, bytes.data(), sizeof header);
    if (bytes.size() < sizeof header || header.magic != kMagic ||
        header.fingerprint != fingerprint_ || header.run != run) {
        problem = "not a record of run " + std::to_string(run) + " of this sweep";
        return std::nullopt;
    }
    if ((bytes.size() - sizeof header) / sizeof(double) != header.count ||
        (bytes.size() - sizeof header) % sizeof(double) != 0) {
        problem = "a record of the wrong length (truncated or damaged)";
        return std::nullopt;
    }
    std::vector<double> values(header.count);
    std::memcpy(values.data(), bytes.data() + sizeof header, values.size() * sizeof(double));
    if (checksum_of(header, values) != header.checksum) {
        problem = "a damaged record (its checksum does not match)";
        return std::nullopt;
    }
    return values;
}

void RunStore::remove() const {
    fs::remove_all(folder_);
}

} // namespace paradiplo
