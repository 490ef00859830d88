package io.redweave.demo.admin;

import io.redweave.demo.EmbeddedRedis;
import java.util.List;

/**
 * What {@code /admin/} shows.
 *
 * @param username who is logged in
 * @param csrf the token the logout form carries
 * @param caches each cache's figures
 * @param degradedCalls calls that went on without Redis since start
 * @param redis where Redis is (no password)
 * @param embedded the embedded Redis's status, or {@code null} when the demo did not start Redis
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
        EmbeddedRedis.Status embedded,
        long pictures,
        long musics,
        CacheKeyReport report) {}
