# Build the Windows one-folder bundle dist\reviewdesk, self-test it, then the installer
# dist\reviewdesk-<version>-windows-x64-setup.exe (needs Inno Setup 6's iscc.exe on PATH or in
# its default folder). Run from a clone in PowerShell: powershell -File installers\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$env:UV_PYTHON_DOWNLOADS = "never"
$env:UV_PROJECT_ENVIRONMENT = "build\venv"

uv sync --locked --quiet --no-dev --group build --python 3.11
if ($LASTEXITCODE) { throw "uv sync 失败" }
build\venv\Scripts\python installers\windows\make_icon.py build\reviewdesk.ico
if ($LASTEXITCODE) { throw "图标生成失败" }
build\venv\Scripts\pyinstaller installers\reviewdesk.spec --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE) { throw "PyInstaller 打包失败" }

# A windowed exe has no console: its report goes to a file, its verdict is the exit code.
$selfTest = Start-Process dist\reviewdesk\reviewdesk.exe -ArgumentList "--self-test" -Wait -PassThru -RedirectStandardOutput build\selftest.txt
Get-Content -Encoding UTF8 build\selftest.txt
if ($selfTest.ExitCode) { throw "自检失败（退出码 $($selfTest.ExitCode)），原因见上面的自检结果" }

$version = build\venv\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installers\windows\reviewdesk.iss
if ($LASTEXITCODE) { throw "Inno Setup 编译失败" }
