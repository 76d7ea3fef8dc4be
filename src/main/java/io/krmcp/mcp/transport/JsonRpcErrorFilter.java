package io.krmcp.mcp.transport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Rewrites every HTTP error body on {@code /mcp} as a plain JSON-RPC error. The SDK serialises its exception object
 * for transport errors, Java stack trace included, and Jetty's {@code sendError} writes an HTML page; neither belongs
 * in front of a client. Successful responses pass through untouched and unbuffered.
 */
public final class JsonRpcErrorFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ErrorCapturingResponse wrapped = new ErrorCapturingResponse((HttpServletResponse) response);
        chain.doFilter(request, wrapped);
        wrapped.finish();
    }

    static String errorBody(int status, String captured) {
        int code = -32603;
        String message = "HTTP " + status;
        try {
            JsonNode node = captured == null || captured.isBlank() ? null : JSON.readTree(captured);
            JsonNode error = node == null ? null : node.has("jsonRpcError") ? node.get("jsonRpcError") : node.get("error");
            if (error != null && error.has("code")) {
                code = error.path("code").asInt(code);
                message = error.path("message").asText(message);
            }
        } catch (IOException e) {
            if (captured != null && !captured.isBlank() && captured.length() < 200 && !captured.contains("<")) {
                message = captured.strip();
            }
        }
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("code", code);
        err.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("id", null);
        body.put("error", err);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            return "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,\"message\":\"internal error\"}}";
        }
    }

    /** Buffers the body only once an error status is set. */
    private static final class ErrorCapturingResponse extends HttpServletResponseWrapper {
        private StringWriter buffer;
        private PrintWriter bufferWriter;
        private String sendErrorMessage;
        private boolean errorSent;

        ErrorCapturingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() >= 400) {
                if (buffer == null) {
                    buffer = new StringWriter();
                    bufferWriter = new PrintWriter(buffer);
                }
                return bufferWriter;
            }
            return super.getWriter();
        }

        @Override
        public void sendError(int sc, String msg) {
            setStatus(sc);
            errorSent = true;
            sendErrorMessage = msg;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        void finish() throws IOException {
            if (buffer == null && !errorSent) {
                return;
            }
            String captured = buffer != null ? buffer.toString() : sendErrorMessage;
            HttpServletResponse real = (HttpServletResponse) getResponse();
            real.setStatus(getStatus());
            real.setContentType("application/json");
            real.setCharacterEncoding("UTF-8");
            real.getWriter().write(errorBody(getStatus(), captured));
            real.getWriter().flush();
        }
    }
}
