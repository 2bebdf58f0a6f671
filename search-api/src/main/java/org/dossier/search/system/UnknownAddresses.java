package org.dossier.search.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that nothing answers: for a browser the app's "Not found" page, for the API the
 * problem details it answers every error with. Without this, Spring's problem-details handler
 * would answer browsers with JSON too.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(NoResourceFoundException e, HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!path.startsWith("/api/") && accept != null && accept.contains("text/html")) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, ErrorPages.noPageAt(path));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "nothing at " + path));
    }
}
