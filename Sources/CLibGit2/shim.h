#ifndef FACTDESK_CLIBGIT2_SHIM_H
#define FACTDESK_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/odb_backend.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/*
 * Truncated-object guard.
 *
 * libgit2 1.5 loops forever when it inflates a truncated loose object (a zlib stream cut
 * short). This object-store backend is consulted before libgit2's own: for a read, it
 * inflates the loose file completely and fails with a zlib error when the stream ends early;
 * otherwise it passes the read on to the real stores. Packed objects are not concerned.
 */
typedef struct {
    git_odb_backend parent;
    char *objects_folder;
} factdesk_truncation_guard;

/* Whether the zlib stream in `file` runs to its end. */
static inline int factdesk_zlib_stream_is_complete(FILE *file) {
    unsigned char input[16384];
    unsigned char output[65536];
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit(&stream) != Z_OK) return 0;
    int status = Z_OK;
    while (status == Z_OK) {
        stream.avail_in = (uInt)fread(input, 1, sizeof input, file);
        stream.next_in = input;
        if (stream.avail_in == 0) break;
        do {
            stream.next_out = output;
            stream.avail_out = sizeof output;
            status = inflate(&stream, Z_NO_FLUSH);
        } while (status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END;
}

/* GIT_PASSTHROUGH when the loose file `folder/name` is absent or whole; an error otherwise. */
static inline int factdesk_truncation_guard_check(const char *folder, const char *name) {
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", folder, name) >= (int)sizeof path) return GIT_PASSTHROUGH;
    FILE *file = fopen(path, "rb");
    if (!file) return GIT_PASSTHROUGH;
    int complete = factdesk_zlib_stream_is_complete(file);
    fclose(file);
    if (complete) return GIT_PASSTHROUGH;
    char message[4200];
    snprintf(message, sizeof message, "object file %s is truncated or corrupt", path);
    git_error_set_str(GIT_ERROR_ZLIB, message);
    return GIT_ERROR;
}

static inline int factdesk_truncation_guard_read(
    void **data, size_t *length, git_object_t *type, git_odb_backend *backend, const git_oid *id) {
    (void)data; (void)length; (void)type;
    const factdesk_truncation_guard *guard = (const factdesk_truncation_guard *)backend;
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, id);
    char folder[4096];
    if (snprintf(folder, sizeof folder, "%s/%.2s", guard->objects_folder, hex) >= (int)sizeof folder) return GIT_PASSTHROUGH;
    return factdesk_truncation_guard_check(folder, hex + 2);
}

static inline int factdesk_truncation_guard_read_prefix(
    git_oid *found, void **data, size_t *length, git_object_t *type, git_odb_backend *backend,
    const git_oid *prefix, size_t prefix_length) {
    (void)found; (void)data; (void)length; (void)type;
    const factdesk_truncation_guard *guard = (const factdesk_truncation_guard *)backend;
    if (prefix_length < 2 || prefix_length > GIT_OID_HEXSZ) return GIT_PASSTHROUGH;
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, prefix);
    char folder[4096];
    if (snprintf(folder, sizeof folder, "%s/%.2s", guard->objects_folder, hex) >= (int)sizeof folder) return GIT_PASSTHROUGH;
    DIR *directory = opendir(folder);
    if (!directory) return GIT_PASSTHROUGH;
    int result = GIT_PASSTHROUGH;
    struct dirent *entry;
    while (result == GIT_PASSTHROUGH && (entry = readdir(directory)) != NULL) {
        if (strncmp(entry->d_name, hex + 2, prefix_length - 2) == 0)
            result = factdesk_truncation_guard_check(folder, entry->d_name);
    }
    closedir(directory);
    return result;
}

static inline void factdesk_truncation_guard_free(git_odb_backend *backend) {
    factdesk_truncation_guard *guard = (factdesk_truncation_guard *)backend;
    free(guard->objects_folder);
    free(guard);
}

/* Adds the guard to a repository's object store, ahead of libgit2's own backends. */
static inline int factdesk_install_truncation_guard(git_repository *repository) {
    git_odb *odb;
    int code = git_repository_odb(&odb, repository);
    if (code < 0) return code;
    factdesk_truncation_guard *guard = calloc(1, sizeof *guard);
    size_t size = strlen(git_repository_commondir(repository)) + sizeof "objects";
    char *folder = malloc(size);
    if (!guard || !folder) {
        free(guard);
        free(folder);
        git_odb_free(odb);
        git_error_set_str(GIT_ERROR_NOMEMORY, "out of memory");
        return GIT_ERROR;
    }
    snprintf(folder, size, "%sobjects", git_repository_commondir(repository));
    git_odb_init_backend(&guard->parent, GIT_ODB_BACKEND_VERSION);
    guard->objects_folder = folder;
    guard->parent.read = factdesk_truncation_guard_read;
    guard->parent.read_prefix = factdesk_truncation_guard_read_prefix;
    guard->parent.free = factdesk_truncation_guard_free;
    code = git_odb_add_backend(odb, &guard->parent, 1000);
    if (code < 0) factdesk_truncation_guard_free(&guard->parent);
    git_odb_free(odb);
    return code;
}

#endif
