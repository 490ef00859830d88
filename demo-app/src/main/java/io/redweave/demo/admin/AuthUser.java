package io.redweave.demo.admin;

/** A user who proved who they are, by password or by session. */
public record AuthUser(long id, String username) {}
