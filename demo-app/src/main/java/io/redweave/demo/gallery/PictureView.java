package io.redweave.demo.gallery;

/**
 * A picture as pages show it and the {@code pictures} cache stores it.
 *
 * @param id the picture's id, in its page's URL {@code /images/{id}/}
 * @param title the caption
 * @param url where the image file is served; the member of the {@code images} board
 */
public record PictureView(long id, String title, String url) {

    /** The picture's own page. */
    public String page() {
        return "/images/" + id + "/";
    }
}
