package dev.ringside.ui.port;

import java.util.concurrent.CompletableFuture;

/**
 * Opens an operator session. The future fails with {@code dev.ringside.ami.AmiException} or
 * {@code dev.ringside.history.HistoryException}, whose kind the login screen puts into the
 * operator's words ({@code dev.ringside.ui.ErrorText}); any other failure is shown as a generic
 * sentence (never a stack trace).
 */
public interface LoginService {

    CompletableFuture<OperatorSession> login(LoginRequest request);
}
