package org.dossier.search.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.dossier.config.store.JobLock;
import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.runs.RunLauncher;

/** Bad requests become a 400, unknown ids a 404 and a run refused for another one going a 409, whose detail says why (RFC 9457 problem details). */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(BadSearchRequestException.class)
    ProblemDetail badSearch(BadSearchRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A run refused because another run of its job goes on: 409, naming that run. */
    @ExceptionHandler(JobLock.BusyException.class)
    ProblemDetail busy(JobLock.BusyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** A run whose command could not be started: 500, saying why and which failed run records it. */
    @ExceptionHandler(RunLauncher.NotStartedException.class)
    ProblemDetail notStarted(RunLauncher.NotStartedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
