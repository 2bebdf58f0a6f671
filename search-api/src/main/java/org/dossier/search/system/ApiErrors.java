package org.dossier.search.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.dossier.search.search.BadSearchRequestException;

/** Bad requests become a 400 whose detail says what to change (RFC 9457 problem details). */
@RestControllerAdvice(basePackages = "org.dossier.search")
class ApiErrors {

    @ExceptionHandler(BadSearchRequestException.class)
    ProblemDetail badSearch(BadSearchRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
