package org.dossier.search.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages a browser gets for a refused, unknown or failed request: the app's own, saying what
 * happened and where to go next, in place of Spring's "Whitelabel Error Page". API clients get
 * their JSON as before.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String path = String.valueOf(model.getOrDefault("path", ""));
        return page(status, switch (status) {
            case FORBIDDEN -> "Your account may not open " + path + ": " + needed(path)
                    + ". Sign in as someone who may, or ask an administrator for the role.";
            case NOT_FOUND -> noPageAt(path);
            case UNAUTHORIZED -> "Sign in to open " + path + ".";
            default -> status.is5xxServerError()
                    ? "Dossier could not answer " + path + ": the error is in the server's log under this time. "
                    + "Try again in a moment; if it happens again, tell an operator."
                    : "That request cannot be answered (" + status.getReasonPhrase() + ").";
        });
    }

    static String noPageAt(String path) {
        return "There is no page at " + path + ". Search the documents, or browse the entities and figures from the "
                + "links above.";
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("system/error", status);
        page.addObject("status", status.value());
        page.addObject("heading", heading(status));
        page.addObject("message", message);
        return page;
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Not for this account";
            case NOT_FOUND -> "Not found";
            case BAD_REQUEST -> "That request cannot be answered";
            case UNAUTHORIZED -> "Sign in first";
            default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
        };
    }

    /** Which role a part of the app asks for, as SecurityConfiguration grants them. */
    private static String needed(String path) {
        if (path.startsWith("/review")) {
            return "the review queue is for analysts";
        }
        if (path.startsWith("/runs") || path.startsWith("/actuator")) {
            return "runs are for operators";
        }
        return "it needs a role your account does not have";
    }
}
