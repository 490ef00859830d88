package sample.music;

public record Music(long id, String title, String artist) {}
