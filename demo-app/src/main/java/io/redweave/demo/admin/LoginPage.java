package io.redweave.demo.admin;

/**
 * What {@code /admin/login/} shows.
 *
 * @param csrf the form's CSRF token
 * @param next where to go after login
 * @param error why the last attempt failed, or null
 * @param username the name typed last time, or empty
 */
public record LoginPage(String csrf, String next, String error, String username) {}
