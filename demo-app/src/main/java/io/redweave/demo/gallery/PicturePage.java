package io.redweave.demo.gallery;

/**
 * What {@code /images/{id}/} shows.
 *
 * @param picture the picture
 * @param score its click count, every view, or {@code null} while Redis is unreachable
 * @param visitors its distinct visitors, or {@code null} while Redis is unreachable
 */
public record PicturePage(PictureView picture, Long score, Long visitors) {}
