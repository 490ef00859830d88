package io.redweave.demo.gallery;

import java.util.List;

/**
 * What {@code /images/} shows.
 *
 * @param pictures every picture
 * @param views the gallery's view count, every view, or {@code null} while Redis is unreachable
 * @param visitors the gallery's distinct visitors, or {@code null} while Redis is unreachable
 * @param top the ten most clicked pictures, highest first, or {@code null} while Redis is unreachable
 */
public record GalleryPage(List<PictureView> pictures, Long views, Long visitors, List<BoardEntry> top) {}
