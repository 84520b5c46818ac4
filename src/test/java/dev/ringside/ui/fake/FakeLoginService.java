package dev.ringside.ui.fake;

import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.LoginService;
import dev.ringside.ui.port.OperatorSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Answers each login with whatever the test decides; remembers the requests. */
public final class FakeLoginService implements LoginService {

    public final List<LoginRequest> requests = new CopyOnWriteArrayList<>();
    public volatile Function<LoginRequest, CompletableFuture<OperatorSession>> answer;

    public FakeLoginService(Function<LoginRequest, CompletableFuture<OperatorSession>> answer) {
        this.answer = answer;
    }

    @Override
    public CompletableFuture<OperatorSession> login(LoginRequest request) {
        requests.add(request);
        return answer.apply(request);
    }
}
