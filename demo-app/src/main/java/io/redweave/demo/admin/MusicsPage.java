package io.redweave.demo.admin;

import io.redweave.demo.music.MusicView;
import java.util.List;

/** What {@code /admin/musics/} shows: one page of the list. */
public record MusicsPage(String username, String csrf, List<MusicView> musics, int page, int pages, long total) {}
