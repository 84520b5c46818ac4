#!/bin/sh
# Proves under a real window manager (openbox on Xvfb) that an incoming-call popup takes no
# keyboard focus: an xterm has the focus and is being typed into, a call pops up, and then
#   1. `xdotool getwindowfocus` still names the xterm,
#   2. the keys typed after the popup appeared (including Enter, space and Esc) reached the xterm,
#   3. the PBX received no Hangup and no remote answer (no key acted on the popup),
#   4. the popup is on screen (an override-redirect window 360 wide, of its fixed height), see the screenshot.
#
#   packaging/linux/popup-focus-check.sh [DISPLAY_NUMBER]     (default 99; builds nothing)
#
# Needs: Xvfb, openbox, xterm, xdotool, xwininfo, imagemagick (import), and target/ringside.jar
# (mvn -B -q -DskipTests package). Leaves its screenshot and logs in target/focus-check/.
set -eu

NUM=${1:-99}
D=":$NUM"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/target/focus-check"
JAR="$ROOT/target/ringside.jar"
HOME_DIR=$(mktemp -d /tmp/ringside-focus-XXXXXX)
TYPED="$OUT/typed.txt"
PIDS=""
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }
cleanup() {
    for p in $PIDS; do kill "$p" 2>/dev/null || true; done
    sleep 1
    for p in $PIDS; do kill -9 "$p" 2>/dev/null || true; done
    rm -rf "$HOME_DIR"
}
trap cleanup EXIT INT TERM
wait_for() { # seconds, description, command...
    secs=$1; what=$2; shift 2
    i=0
    while ! "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -le "$secs" ] || { echo "FAIL: timed out waiting for $what" >&2; exit 1; }
        sleep 1
    done
}

[ -f "$JAR" ] || { echo "FAIL: $JAR missing: mvn -B -q -DskipTests package" >&2; exit 1; }
mkdir -p "$OUT"
rm -f "$TYPED" "$OUT"/*.log

Xvfb "$D" -screen 0 1600x1000x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS="$PIDS $!"
export DISPLAY="$D"
wait_for 20 "Xvfb on $D" xdpyinfo
openbox >"$OUT/openbox.log" 2>&1 &
PIDS="$PIDS $!"
sleep 2

# the PBX: one long-ringing call for 777, 40 s after the start (the app logs in by itself before)
java -jar "$JAR" simulate --port 0 --extension 777 --ring 1 --ring-after 40 --ring-for 60 >"$OUT/simulator.log" 2>&1 &
PIDS="$PIDS $!"
wait_for 30 "the simulator" grep -q '127.0.0.1:' "$OUT/simulator.log"
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$OUT/simulator.log" | head -n 1)

# an administrator provisions the desk; the app then starts hands-off
cat >"$HOME_DIR/desk.conf" <<CONF
host = 127.0.0.1
port = $PORT
username = ringside
secret = ringside
extensions = 777
CONF
java -Dringside.home="$HOME_DIR" -jar "$JAR" --provision "$HOME_DIR/desk.conf" >"$OUT/provision.log" 2>&1
java -Dringside.home="$HOME_DIR" -jar "$JAR" >"$OUT/app.log" 2>&1 &
PIDS="$PIDS $!"
wait_for 60 "the logged-in main window" xdotool search --name 'Ringside – '
ok "the app logged in by itself (provisioned)"

# the operator types into an xterm; everything it receives lands in $TYPED
xterm -title focus-check-xterm -geometry 90x20+40+40 -e sh -c "stty -icanon -echo; cat > '$TYPED'" &
PIDS="$PIDS $!"
wait_for 20 "the xterm" xdotool search --name focus-check-xterm
XTERM=$(xdotool search --name focus-check-xterm | head -n 1)
xdotool windowactivate --sync "$XTERM"
xdotool type --delay 50 "before "
[ "$(xdotool getwindowfocus)" = "$XTERM" ] && ok "the xterm has the focus before the call" \
    || fail "the xterm does not have the focus before the call"

wait_for 90 "the call" grep -q 'Ringing 1 calls' "$OUT/simulator.log"
# the popup: an override-redirect window of the popup's size
popup_shown() { xwininfo -root -tree | grep -q '360x2[0-9][0-9]+'; }
wait_for 30 "the popup on screen" popup_shown
sleep 2
FOCUS=$(xdotool getwindowfocus)
[ "$FOCUS" = "$XTERM" ] && ok "after the popup appeared xdotool getwindowfocus still names the xterm ($FOCUS)" \
    || fail "the focus moved to window $FOCUS ($(xdotool getwindowname "$FOCUS" 2>/dev/null || echo '?'))"

# typing goes on: letters, space, Enter, Esc (which would accept or reject a focused popup)
xdotool type --delay 50 "after call"
xdotool key Return space Escape Return
xdotool type --delay 50 " end"
sleep 2
import -window root "$OUT/popup-focus.png"
TEXT=$(tr -d '\033\r' < "$TYPED" | tr '\n' '|')
case "$TEXT" in
    "before after call| | end") ok "every key went to the xterm: '$TEXT'" ;;
    *) fail "the xterm received '$TEXT'" ;;
esac
popup_shown && ok "the popup is still on screen, so no key rejected the call: $OUT/popup-focus.png" \
    || fail "the popup disappeared"

# nor did a key accept it: history has no accepted_at (read after the app let go of the file)
APP_PID=$(echo "$PIDS" | awk '{print $4}')
kill "$APP_PID" 2>/dev/null || true
wait_for 20 "the app to quit" sh -c "! kill -0 $APP_PID"
ACCEPTED=$(java -cp "$JAR:$ROOT/target/lib/*" org.h2.tools.Shell -url "jdbc:h2:file:$HOME_DIR/data/history" \
    -user ringside -sql "SELECT COUNT(*) FROM calls WHERE accepted_at IS NOT NULL" 2>&1 | sed -n '2p' | tr -d ' ')
ALL=$(java -cp "$JAR:$ROOT/target/lib/*" org.h2.tools.Shell -url "jdbc:h2:file:$HOME_DIR/data/history" \
    -user ringside -sql "SELECT COUNT(*) FROM calls" 2>&1 | sed -n '2p' | tr -d ' ')
[ "$ALL" = "1" ] && [ "$ACCEPTED" = "0" ] && ok "the call is in history and was not accepted by any key" \
    || fail "history: $ALL call(s), $ACCEPTED accepted"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "popup focus check passed"
