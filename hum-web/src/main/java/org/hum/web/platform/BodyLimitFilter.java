package org.hum.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.hum.api.error.ErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Bounds API request bodies at {@value #LIMIT} bytes: a declared larger length is refused
 * at once with 413, and a chunked body is cut off as soon as it passes the limit. The one
 * exception is recording a payment, whose body carries the receipt (an image or PDF of up to
 * 3 MiB, base64): {@value #RECEIPT_LIMIT} bytes.
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {
    public static final int LIMIT = 64 * 1024;
    public static final int RECEIPT_LIMIT = 4 * 1024 * 1024 + 4096;
    public static final String MESSAGE = "The request body is larger than " + LIMIT / 1024 + " KiB: send less.";
    static final String RECEIPT_MESSAGE = "The request body is larger than 4 MiB: a receipt is at most 3 MiB.";
    private static final java.util.regex.Pattern RECEIPT_PATH = java.util.regex.Pattern.compile("/api/payments/[^/]+/payment");
    private static final long serialVersionUID = 1L;

    /** Thrown by the wrapped stream past the limit; the error mapper answers 413. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean receipt = "POST".equals(request.getMethod())
                && RECEIPT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
        long limit = receipt ? RECEIPT_LIMIT : LIMIT;
        String message = receipt ? RECEIPT_MESSAGE : MESSAGE;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Connection", "close");
            response.getWriter().write(Problems.json(ErrorCode.PAYLOAD_TOO_LARGE, message, request.getRequestURI()));
            return;
        }
        chain.doFilter(new Bounded(request, limit, message), response);
    }

    /** One counting stream per request: callers may ask for the stream again and again (Jersey does). */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private final String message;
        private ServletInputStream counted;

        Bounded(HttpServletRequest request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = counting(super.getInputStream(), limit, message);
            }
            return counted;
        }

        private static ServletInputStream counting(ServletInputStream in, long limit, String message) {
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new TooLarge(message);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > limit) {
                        throw new TooLarge(message);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
