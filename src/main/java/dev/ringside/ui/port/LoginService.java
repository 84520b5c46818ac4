package dev.ringside.ui.port;

import java.util.concurrent.CompletableFuture;

/**
 * Opens an operator session. The future fails with {@code dev.ringside.ami.AmiException} whose
 * {@code error().message()} the login screen shows as is; any other failure is shown as a generic
 * sentence (never a stack trace).
 */
public interface LoginService {

    CompletableFuture<OperatorSession> login(LoginRequest request);
}
