package dev.atlanspring.sample;

import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.AuthenticationException;
import dev.atlanspring.client.error.ConflictException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.error.PermissionException;
import dev.atlanspring.client.error.RateLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the client's typed errors into RFC 9457 problem responses: what Atlan said maps to the status a caller of
 * this service should see, and the body names the exception type and carries its one-line message.
 */
@RestControllerAdvice
class AtlanProblemHandler {

    @ExceptionHandler(AtlanException.class)
    ResponseEntity<ProblemDetail> atlanFailed(AtlanException ex) {
        HttpStatus status = statusFor(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(titleFor(status));
        problem.setProperty("exception", ex.getClass().getSimpleName());
        if (ex.getErrorCode() != null) {
            problem.setProperty("errorCode", ex.getErrorCode());
        }
        problem.setProperty("requestId", ex.getRequestId());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (ex instanceof RateLimitException rateLimited && rateLimited.getRetryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(rateLimited.getRetryAfter().toSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("exception", ex.getClass().getSimpleName());
        return ResponseEntity.badRequest().body(problem);
    }

    private static HttpStatus statusFor(AtlanException ex) {
        if (ex instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (ex instanceof AuthenticationException) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (ex instanceof PermissionException) {
            return HttpStatus.FORBIDDEN;
        }
        if (ex instanceof RateLimitException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (ex instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_GATEWAY;
    }

    private static String titleFor(HttpStatus status) {
        return (status == HttpStatus.BAD_GATEWAY) ? "Atlan call failed" : status.getReasonPhrase();
    }

}
