package org.dossier.search.system;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.dossier.search.query.BadSearchRequestException;

/** On the web pages, a bad request or an unknown id is a page that says so, with the status to match. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(BadSearchRequestException.class)
    ModelAndView badRequest(BadSearchRequestException e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
