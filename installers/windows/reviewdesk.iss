; Inno Setup script of the Windows installer (Inno Setup 6): per-user install, no admin rights,
; Start-menu shortcut, optional desktop shortcut, uninstaller. Build with
; installers\windows\build-windows.ps1, which first makes dist\reviewdesk with PyInstaller.
; Caches and settings (%LOCALAPPDATA%\reviewdesk) are kept on uninstall: they may hold
; decisions not yet sent to the server.

#define AppName "湖南省水运奖补资金审核桌面端"
#define AppExe "reviewdesk.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3C2A1E-4B7D-4E8A-9C5F-2D1B0A9E7C34}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=湖南省水运事务中心
DefaultDirName={localappdata}\Programs\reviewdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=reviewdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\reviewdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\reviewdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
