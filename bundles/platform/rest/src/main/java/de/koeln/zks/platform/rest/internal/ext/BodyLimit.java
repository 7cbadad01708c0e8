package de.koeln.zks.platform.rest.internal.ext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import de.koeln.zks.platform.api.problem.ApiException;

/** Refuses request bodies over the configured size with 413, whether announced by Content-Length or not. */
public class BodyLimit implements ReaderInterceptor {
    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        String length = context.getHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new ApiException(400, "Bad Request", "Content-Length is not a number");
            }
        }
        context.setInputStream(new Bounded(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "Payload Too Large", "The request body may have at most " + maxBytes + " bytes");
    }

    private final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long max) {
            super(in);
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge();
            }
        }
    }
}
