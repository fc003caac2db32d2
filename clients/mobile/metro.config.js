// Metro for Expo, plus the web client's message catalogues (../web/src/i18n), which both clients
// share: the mobile app imports them directly instead of keeping a copy.
const path = require('node:path')
const { getDefaultConfig } = require('expo/metro-config')

const config = getDefaultConfig(__dirname)
config.watchFolders = [...(config.watchFolders ?? []), path.resolve(__dirname, '../web/src/i18n')]
module.exports = config
