package io.github.narrator.api;

import java.util.List;

/**
 * A request the API answers with an error: its status and, for the client, what was wrong.
 *
 * @param refused the URLs refused and why, when URLs were the problem
 */
class ApiRefusal extends Exception {

    /** One URL refused, and the reason. */
    record RefusedUrl(String url, String reason) {
    }

    private final int status;
    private final transient List<RefusedUrl> refused;

    ApiRefusal(int status, String message) {
        this(status, message, List.of());
    }

    ApiRefusal(int status, String message, List<RefusedUrl> refused) {
        super(message, null, false, false);
        this.status = status;
        this.refused = List.copyOf(refused);
    }

    int status() {
        return status;
    }

    List<RefusedUrl> refused() {
        return refused;
    }
}
