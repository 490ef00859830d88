package io.redweave.demo.gallery;

/** One line of the top-10 board: the picture and its click count. */
public record BoardEntry(PictureView picture, long score) {}
