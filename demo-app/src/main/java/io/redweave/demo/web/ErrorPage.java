package io.redweave.demo.web;

/** What the error template shows: never a stack trace, only what the visitor can act on. */
public record ErrorPage(int status, String title, String message) {}
