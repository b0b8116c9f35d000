/* A full disk for one folder, where the test cannot mount a small tmpfs: loaded with LD_PRELOAD,
 * it lets PARADIPLO_FULL_AFTER bytes (0 when unset) be written to files under the folder
 * PARADIPLO_FULL_DIR, then fails every further write to them with ENOSPC, as a full file system
 * does. Other files (standard output, the rest of the disk) are written as usual. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long written;

/* Whether `fd` is a file under PARADIPLO_FULL_DIR, and the write of `bytes` finds no room. */
static int no_room(int fd, size_t bytes) {
    const char* folder = getenv("PARADIPLO_FULL_DIR");
    if (folder == NULL || folder[0] == '\0') return 0;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = '\0';
    const size_t length = strlen(folder);
    if (strncmp(path, folder, length) != 0 || (path[length] != '/' && path[length] != '\0'))
        return 0;
    const char* after = getenv("PARADIPLO_FULL_AFTER");
    const long long allowed = after ? atoll(after) : 0;
    if (written + (long long)bytes > allowed) return 1;
    written += (long long)bytes;
    return 0;
}

#define NEXT(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

ssize_t write(int fd, const void* data, size_t bytes) {
    if (no_room(fd, bytes)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(write)(fd, data, bytes);
}

ssize_t pwrite(int fd, const void* data, size_t bytes, off_t offset) {
    if (no_room(fd, bytes)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(pwrite)(fd, data, bytes, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t bytes, off64_t offset) {
    if (no_room(fd, bytes)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(pwrite64)(fd, data, bytes, offset);
}

ssize_t writev(int fd, const struct iovec* parts, int count) {
    size_t bytes = 0;
    for (int i = 0; i < count; ++i)
        bytes += parts[i].iov_len;
    if (no_room(fd, bytes)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(writev)(fd, parts, count);
}
