package org.taiwa.shell.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A 404 problem detail for any {@code /api} path no endpoint serves; without it the Vaadin servlet
 * would answer with the portal's HTML page and status 200. More specific mappings always win.
 */
@RestController
@Hidden
class ApiNotFound {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No API endpoint at " + request.getRequestURI());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
