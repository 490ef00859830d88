package io.redweave.demo.admin;

import io.redweave.demo.gallery.PictureView;
import java.util.List;

/** What {@code /admin/pictures/} shows. */
public record PicturesPage(String username, String csrf, List<PictureView> pictures) {}
