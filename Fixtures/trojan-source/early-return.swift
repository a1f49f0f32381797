func subtractFunds(_ account: String, _ amount: Int) {
  /* Subtract funds from the account then ‮ ⁦*/ return
  bank[account, default: 0] -= amount
}
