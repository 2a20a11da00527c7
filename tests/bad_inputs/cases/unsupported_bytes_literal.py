x = b"bytes"
