is_admin = False
''' ‮ ''' if is_admin: print('admin') ⁦''' begin admins only ⁩'''
