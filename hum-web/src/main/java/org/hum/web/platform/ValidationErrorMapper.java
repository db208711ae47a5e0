package org.hum.web.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Takes refused fields away from the JAX-RS implementation's own validation mapper (which
 * answers with an empty body) and gives them to {@link ErrorMappers}, so that the client
 * learns which fields to fix and how.
 */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    Providers providers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return providers.getExceptionMapper(Throwable.class).toResponse(e);
    }
}
