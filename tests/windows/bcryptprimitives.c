/*
 * TEST ONLY — never packaged. Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng Rust's
 * standard library (1.78 and later) imports for random numbers, so no Rust .exe loads under it
 * (status c0000135). Real Windows 10/11 ship the DLL. tests/windows/smoke.sh builds this stand-in
 * with mingw-w64 and puts it into the throw-away Wine prefix's system32 only.
 * It forwards to BCryptGenRandom with the system-preferred RNG, which Wine implements.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
