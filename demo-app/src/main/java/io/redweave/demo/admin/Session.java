package io.redweave.demo.admin;

/**
 * A logged-in session as stored in Redis under {@code {prefix}:session:{id}}.
 *
 * @param id the random id, also the cookie's value
 * @param userId the user's id
 * @param username the user's name
 * @param csrfToken the token every form and unsafe API call of this session must echo
 * @param createdMillis when it was created, in epoch milliseconds
 */
public record Session(String id, long userId, String username, String csrfToken, long createdMillis) {

    /** The user this session belongs to. */
    public AuthUser user() {
        return new AuthUser(userId, username);
    }
}
