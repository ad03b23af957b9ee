package io.github.thidua.examples.spring;

import static io.github.thidua.examples.spring.ThiduaController.REQUEST;
import static io.github.thidua.examples.spring.ThiduaController.errors;

import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.examples.spring.ThiduaController.BadRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as {@code thidua serve} sends it, {@code {"errors": [...]}}, including those Spring MVC raises before
 * a controller method runs (wrong Content-Type, wrong method, unknown path), which a controller's own handlers
 * would not see.
 */
@RestControllerAdvice
public class ThiduaErrors {
    @ExceptionHandler(BadRequest.class)
    public ResponseEntity<String> badRequest(BadRequest e) {
        return errors(e.status, e.errors);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<String> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return errors(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(new ScenarioError(REQUEST, "$",
                "unsupported Content-Type " + e.getContentType() + " / kiểu nội dung không được hỗ trợ",
                "send Content-Type: application/json")));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    public ResponseEntity<String> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : "parameter";
        return errors(HttpStatus.BAD_REQUEST, List.of(new ScenarioError(REQUEST, "$",
                "bad query parameter '" + name + "' / tham số không hợp lệ", "use " + name + "=true or " + name + "=false")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<String> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ResponseEntity<String> r = errors(HttpStatus.METHOD_NOT_ALLOWED, List.of(new ScenarioError(REQUEST, "$",
                "method " + e.getMethod() + " is not allowed here / phương thức không được phép",
                "use " + String.join(", ", e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods()))));
        return ResponseEntity.status(r.getStatusCode()).headers(h -> {
            h.putAll(r.getHeaders());
            if (e.getSupportedHttpMethods() != null) {
                h.setAllow(e.getSupportedHttpMethods());
            }
        }).body(r.getBody());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<String> notFound(NoResourceFoundException e) {
        return errors(HttpStatus.NOT_FOUND, List.of(new ScenarioError(REQUEST, "$",
                "no such endpoint: /" + e.getResourcePath() + " / không có địa chỉ này",
                "the endpoints are POST /reviews, POST /consolidations, POST /explanations, GET /rules, POST /rules/check"
                        + " and GET /health")));
    }

}
