package io.redweave.demo.admin;

import java.util.List;

/**
 * What {@code /admin/} shows.
 *
 * @param username who is logged in
 * @param csrf the token the logout form carries
 * @param caches each cache's figures
 * @param degradedCalls calls that went on without Redis since start
 * @param redis where Redis is (no password)
 * @param pictures how many pictures there are
 * @param musics how many musics there are
 * @param report the cache-key report
 */
public record Dashboard(
        String username,
        String csrf,
        List<CacheRow> caches,
        long degradedCalls,
        String redis,
        long pictures,
        long musics,
        CacheKeyReport report) {}
