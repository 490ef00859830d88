package sample.gallery;

public class Picture {
    private final long id;
    private final String url;

    public Picture(long id, String url) {
        this.id = id;
        this.url = url;
    }

    public long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }
}
